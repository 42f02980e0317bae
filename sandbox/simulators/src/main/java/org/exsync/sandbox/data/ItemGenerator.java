package org.exsync.sandbox.data;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates one user's items from the world's seed and the user's index, so the result is the same
 * on every call. The spread follows a working diary: mostly meetings in office hours across 30 days
 * back and 180 ahead, some all-day and multi-day events, about one in twelve private, one in ten
 * starting a weekly, daily or monthly series with a cancelled and a moved occurrence.
 */
final class ItemGenerator {

  private final SandboxWorld world;
  private final SeedUser user;
  private final Random random;

  ItemGenerator(SandboxWorld world, SeedUser user) {
    this.world = world;
    this.user = user;
    this.random = new Random(world.seed() * 31 + user.index());
  }

  static int contactPersonId(int userIndex, int n) {
    return 100_000 + userIndex * 10_000 + n;
  }

  /** Half to one and a half times the average, fixed per user and kind. */
  static int countFor(long seed, int userIndex, int average, int kind) {
    if (average == 0) {
      return 0;
    }
    Random random = new Random(seed * 7919 + userIndex * 97L + kind);
    return average / 2 + random.nextInt(average + 1);
  }

  SandboxWorld.UserItems generate() {
    WorldSizes sizes = world.sizes();
    int appointments = countFor(world.seed(), user.index(), sizes.appointments(), 1);
    int tasks = countFor(world.seed(), user.index(), sizes.tasks(), 2);
    int contacts = Math.min(9_999, countFor(world.seed(), user.index(), sizes.contacts(), 3));
    List<SeedAppointment> diary = new ArrayList<>(appointments);
    for (int n = 0; n < appointments; n++) {
      diary.add(appointment(n));
    }
    List<SeedTask> todo = new ArrayList<>(tasks);
    for (int n = 0; n < tasks; n++) {
      todo.add(task(n));
    }
    List<SeedContact> people = new ArrayList<>(contacts);
    for (int n = 0; n < contacts; n++) {
      people.add(contact(n));
    }
    return new SandboxWorld.UserItems(diary, todo, people);
  }

  private String key(String kind, int n) {
    return "u" + user.index() + "-" + kind + "-" + n;
  }

  private SeedAppointment appointment(int n) {
    ZoneId zone = user.zone();
    LocalDate day = world.anchor().plusDays(random.nextInt(211) - 30);
    String with = Names.pick(Names.FIRST, random) + " " + Names.pick(Names.LAST, random);
    String title = Names.pick(Names.MEETINGS, random) + " " + with;
    boolean isPrivate = random.nextInt(12) == 0;
    Integer reminder =
        random.nextInt(3) == 0 ? null : List.of(5, 15, 30, 60).get(random.nextInt(4));
    int shape = random.nextInt(20);
    if (shape < 2) {
      int days = shape == 0 ? 1 : 2 + random.nextInt(4);
      ZonedDateTime start = day.atStartOfDay(zone);
      return new SeedAppointment(
          key("appointment", n),
          days == 1 ? "Kurs: " + title : "Messe / trade fair " + with,
          "Hele dagen. Ta med pc og lader.",
          Names.pick(Names.PLACES, random),
          start,
          day.plusDays(days).atStartOfDay(zone),
          true,
          random.nextBoolean(),
          isPrivate,
          null,
          null);
    }
    LocalTime time = LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
    ZonedDateTime start = ZonedDateTime.of(day, time, zone);
    ZonedDateTime end = start.plusMinutes(30L * (1 + random.nextInt(4)));
    SeedRecurrence recurrence = shape == 19 || shape == 18 ? recurrence(day) : null;
    return new SeedAppointment(
        key("appointment", n),
        isPrivate ? "Tannlege / dentist" : title,
        "Agenda:\n1. Status — «prosjekt»\n2. Neste steg\nHilsen " + user.firstName(),
        Names.pick(Names.PLACES, random),
        start,
        end,
        false,
        random.nextInt(10) == 0,
        isPrivate,
        reminder,
        recurrence);
  }

  private SeedRecurrence recurrence(LocalDate first) {
    int pick = random.nextInt(3);
    SeedRecurrence.Frequency frequency = SeedRecurrence.Frequency.values()[pick];
    int occurrences = 4 + random.nextInt(9);
    int interval = frequency == SeedRecurrence.Frequency.DAILY ? 1 : 1 + random.nextInt(2);
    List<DayOfWeek> days =
        frequency == SeedRecurrence.Frequency.WEEKLY ? List.of(first.getDayOfWeek()) : List.of();
    LocalDate second =
        switch (frequency) {
          case DAILY -> first.plusDays(interval);
          case WEEKLY -> first.plusWeeks(interval);
          case MONTHLY -> first.plusMonths(interval);
        };
    LocalDate third =
        switch (frequency) {
          case DAILY -> second.plusDays(interval);
          case WEEKLY -> second.plusWeeks(interval);
          case MONTHLY -> second.plusMonths(interval);
        };
    return new SeedRecurrence(
        frequency,
        interval,
        days,
        occurrences,
        List.of(second),
        Map.of(third, "Flyttet: statusmøte"));
  }

  private SeedTask task(int n) {
    ZoneId zone = user.zone();
    ZonedDateTime due =
        ZonedDateTime.of(
            world.anchor().plusDays(random.nextInt(60) - 14), LocalTime.of(16, 0), zone);
    SeedTask.Status status = SeedTask.Status.values()[random.nextInt(3)];
    int percent =
        switch (status) {
          case NOT_STARTED -> 0;
          case IN_PROGRESS -> 25 * (1 + random.nextInt(3));
          case COMPLETED -> 100;
        };
    return new SeedTask(
        key("task", n),
        Names.pick(Names.TASKS, random) + " " + Names.pick(Names.COMPANY_WORDS, random),
        random.nextBoolean() ? "" : "Husk vedlegg. Frist avtalt på telefon.",
        random.nextBoolean() ? due.minusDays(3) : null,
        due,
        status,
        percent,
        SeedTask.Priority.values()[random.nextInt(3)],
        random.nextInt(4) == 0 ? 60 : null,
        random.nextInt(15) == 0);
  }

  private SeedContact contact(int n) {
    String first = Names.pick(Names.FIRST, random);
    String last = Names.pick(Names.LAST, random);
    int companyIndex =
        Math.floorMod(user.index() * 31 + n / 4, Math.max(20, world.users().size() * 5));
    Random companyRandom = new Random(world.seed() + companyIndex);
    String company =
        Names.pick(Names.COMPANY_WORDS, companyRandom)
            + " "
            + Names.pick(Names.COMPANY_KINDS, companyRandom);
    String mailDomain = Names.mailPart(company) + ".example";
    List<String> emails =
        random.nextInt(10) == 0
            ? List.of()
            : random.nextInt(5) == 0
                ? List.of(
                    Names.mailPart(first) + "@" + mailDomain,
                    Names.mailPart(first) + "." + Names.mailPart(last) + "@privat.example")
                : List.of(
                    Names.mailPart(first) + "." + Names.mailPart(last) + n + "@" + mailDomain);
    return new SeedContact(
        key("contact", n),
        contactPersonId(user.index(), n),
        10_000 + companyIndex,
        first,
        last,
        company,
        Names.pick(Names.TITLES, random),
        emails,
        "+47 " + (20_000_000 + random.nextInt(9_999_999)),
        random.nextBoolean() ? "+31 6 " + (10_000_000 + random.nextInt(89_999_999)) : "",
        "Storgata " + (1 + random.nextInt(120)),
        String.format("%04d", random.nextInt(10_000)),
        Names.pick(Names.CITIES, companyRandom),
        companyRandom.nextBoolean() ? "Norge" : "Nederland");
  }
}
