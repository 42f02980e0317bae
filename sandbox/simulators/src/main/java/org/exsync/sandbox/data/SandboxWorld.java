package org.exsync.sandbox.data;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Everything the simulators are seeded with. Users and selections are held; each user's items are
 * generated again, identically, whenever asked for, so a world of a thousand users with a thousand
 * items each costs no memory until a simulator stores it.
 *
 * @param seed the random seed the world was generated from
 * @param anchor the day the world's calendars are centred on
 * @param tenantId the Entra tenant id (a GUID)
 * @param domain the users' e-mail domain
 * @param crmBaseZone the SuperOffice installation's base time zone
 * @param users the people
 * @param selections SuperOffice selections of contacts
 * @param sizes how many items each user gets, on average
 */
public record SandboxWorld(
    long seed,
    LocalDate anchor,
    String tenantId,
    String domain,
    ZoneId crmBaseZone,
    List<SeedUser> users,
    List<SeedSelection> selections,
    WorldSizes sizes) {

  public SandboxWorld {
    users = List.copyOf(users);
    selections = List.copyOf(selections);
  }

  /** The user's appointments, tasks and contacts; the same lists on every call. */
  public UserItems itemsOf(SeedUser user) {
    return new ItemGenerator(this, user).generate();
  }

  public Optional<SeedUser> userByEmail(String email) {
    return users.stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
  }

  /** A user's generated items. */
  public record UserItems(
      List<SeedAppointment> appointments, List<SeedTask> tasks, List<SeedContact> contacts) {}
}
