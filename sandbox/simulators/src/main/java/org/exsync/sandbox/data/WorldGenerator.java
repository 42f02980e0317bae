package org.exsync.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Makes a {@link SandboxWorld}: the same seed, anchor and sizes always give the same world. Users
 * work in several time zones; a few associates are retired or have no, an invalid or an outdated
 * e-mail address in SuperOffice, as real installations do.
 */
public final class WorldGenerator {

  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Oslo"),
          ZoneId.of("Europe/Amsterdam"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Tokyo"));

  /** The password every generated user signs in with at the identity simulator. */
  public static final String PASSWORD = "Sandbox-Passw0rd!";

  private final long seed;
  private final LocalDate anchor;

  public WorldGenerator(long seed, LocalDate anchor) {
    this.seed = seed;
    this.anchor = anchor;
  }

  /** The demo world: 25 users centred on today. */
  public static SandboxWorld demo() {
    return new WorldGenerator(2026, LocalDate.now(ZoneId.of("UTC"))).generate(WorldSizes.DEMO);
  }

  public SandboxWorld generate(WorldSizes sizes) {
    Random random = new Random(seed);
    String domain = "northwind.example";
    List<SeedUser> users = new ArrayList<>(sizes.users());
    Set<String> emails = new HashSet<>();
    for (int i = 0; i < sizes.users(); i++) {
      String first = Names.pick(Names.FIRST, random);
      String last = Names.pick(Names.LAST, random);
      String local = Names.mailPart(first) + "." + Names.mailPart(last);
      String email = local + "@" + domain;
      for (int n = 2; !emails.add(email); n++) {
        email = local + n + "@" + domain;
      }
      users.add(
          new SeedUser(
              i,
              100 + i,
              1_000 + i,
              email.substring(0, email.indexOf('@')).replace(".", "").toUpperCase(),
              first,
              last,
              email,
              crmEmailFor(i, email, domain),
              ZONES.get(i % ZONES.size()),
              guid("user-" + i),
              PASSWORD,
              i % 12 == 11));
    }
    return new SandboxWorld(
        seed,
        anchor,
        guid("tenant"),
        domain,
        ZoneId.of("Europe/Oslo"),
        users,
        selections(users, sizes),
        sizes);
  }

  /** A GUID that looks like Entra's, the same for the same seed and name. */
  private String guid(String name) {
    return UUID.nameUUIDFromBytes((seed + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** Mostly the mailbox address; every tenth associate has a gap SuperOffice admins know well. */
  private static String crmEmailFor(int index, String email, String domain) {
    return switch (index % 10) {
      case 3 -> index % 20 == 3 ? "" : email.replace("@", " at ");
      case 7 ->
          index % 20 == 7 ? email.toUpperCase() : "old." + email.replace(domain, "oldname.example");
      default -> email;
    };
  }

  private List<SeedSelection> selections(List<SeedUser> users, WorldSizes sizes) {
    List<SeedSelection> selections = new ArrayList<>();
    int count = Math.max(2, Math.min(users.size() / 5, 200));
    String[] names = {"Nøkkelkunder", "Prospects 2027", "Partnere", "Klanten Benelux", "VIP"};
    for (int s = 0; s < count; s++) {
      SeedUser owner = users.get(s % users.size());
      List<Integer> members = new ArrayList<>();
      int take = Math.min(25, ItemGenerator.countFor(seed, owner.index(), sizes.contacts(), 3));
      for (int n = 0; n < take; n++) {
        members.add(ItemGenerator.contactPersonId(owner.index(), n));
      }
      selections.add(
          new SeedSelection(
              10 + s,
              names[s % names.length] + (s < names.length ? "" : " " + s),
              owner.associateId(),
              members));
    }
    return selections;
  }
}
