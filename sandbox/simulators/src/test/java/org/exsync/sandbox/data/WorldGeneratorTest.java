package org.exsync.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorldGeneratorTest {

  private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 2);

  private final SandboxWorld demo = new WorldGenerator(2026, ANCHOR).generate(WorldSizes.DEMO);

  @Test
  void sameSeedAndAnchorGiveTheSameWorld() {
    SandboxWorld again = new WorldGenerator(2026, ANCHOR).generate(WorldSizes.DEMO);

    assertThat(again.users()).isEqualTo(demo.users());
    assertThat(again.selections()).isEqualTo(demo.selections());
    for (SeedUser user : demo.users()) {
      assertThat(again.itemsOf(user)).isEqualTo(demo.itemsOf(user));
    }
  }

  @Test
  void demoWorld_hasTheTenantIdTheDemoRegistrationAndServerConfigName() {
    assertThat(WorldGenerator.demo().tenantId()).isEqualTo(org.exsync.sandbox.DemoTenant.TENANT_ID);
  }

  @Test
  void demoWorld_firstUserIsTheSuperOfficeLoginTheDemoRegistrationAndServerConfigName() {
    SeedUser first = WorldGenerator.demo().users().get(0);

    assertThat(first.userName()).isEqualTo(org.exsync.sandbox.DemoTenant.SUPEROFFICE_USER);
    assertThat(first.password()).isEqualTo(org.exsync.sandbox.DemoTenant.SUPEROFFICE_PASSWORD);
    assertThat(first.retired()).isFalse();
  }

  @Test
  void anotherSeedGivesOtherPeople() {
    SandboxWorld other = new WorldGenerator(7, ANCHOR).generate(WorldSizes.DEMO);

    assertThat(other.users()).isNotEqualTo(demo.users());
  }

  @Test
  void usersHaveUniqueAddressesIdsAndSeveralTimeZones() {
    List<SeedUser> users = demo.users();

    assertThat(users).hasSize(25);
    assertThat(users.stream().map(u -> u.email().toLowerCase()).distinct()).hasSize(25);
    assertThat(users.stream().map(SeedUser::associateId).distinct()).hasSize(25);
    assertThat(users.stream().map(SeedUser::objectId).distinct()).hasSize(25);
    assertThat(users.stream().map(SeedUser::zone).distinct().count()).isGreaterThanOrEqualTo(4);
    assertThat(users)
        .allSatisfy(u -> assertThat(u.email()).matches("[a-z.0-9]+@northwind\\.example"));
    assertThat(users).anySatisfy(u -> assertThat(u.fullName()).matches(".*[^\\x00-\\x7F].*"));
    assertThat(users).anySatisfy(u -> assertThat(u.retired()).isTrue());
  }

  @Test
  void someAssociatesHaveTheAddressGapsRealCrmDatabasesHave() {
    Set<String> kinds =
        demo.users().stream()
            .map(
                u -> {
                  if (u.crmEmail().isEmpty()) {
                    return "missing";
                  } else if (!u.crmEmail().contains("@")) {
                    return "invalid";
                  } else if (u.crmEmail().equals(u.email())) {
                    return "same";
                  } else if (u.crmEmail().equalsIgnoreCase(u.email())) {
                    return "other case";
                  }
                  return "outdated";
                })
            .collect(Collectors.toSet());

    assertThat(kinds).contains("same", "missing", "invalid", "outdated", "other case");
  }

  @Test
  void diariesHoldSeriesAllDayPrivateAndNonAsciiItemsAroundTheAnchor() {
    List<SeedAppointment> all =
        demo.users().stream().flatMap(u -> demo.itemsOf(u).appointments().stream()).toList();

    assertThat(all).anySatisfy(a -> assertThat(a.recurrence()).isNotNull());
    assertThat(all).anySatisfy(a -> assertThat(a.allDay()).isTrue());
    assertThat(all).anySatisfy(a -> assertThat(a.isPrivate()).isTrue());
    assertThat(all)
        .anySatisfy(
            a -> assertThat(a.end().toLocalDate()).isAfter(a.start().toLocalDate().plusDays(1)));
    assertThat(all).anySatisfy(a -> assertThat(a.title()).matches(".*[^\\x00-\\x7F].*"));
    assertThat(all)
        .allSatisfy(
            a -> {
              assertThat(a.end()).isAfter(a.start());
              assertThat(a.start().toLocalDate())
                  .isBetween(ANCHOR.minusDays(30), ANCHOR.plusDays(181));
            });
    assertThat(all.stream().map(SeedAppointment::key).distinct()).hasSize(all.size());
  }

  @Test
  void itemCountsSpreadAroundTheAverage() {
    List<Integer> counts =
        demo.users().stream().map(u -> demo.itemsOf(u).appointments().size()).toList();

    assertThat(counts).allSatisfy(c -> assertThat(c).isBetween(20, 60));
    assertThat(new HashSet<>(counts).size()).isGreaterThan(5);
  }

  @Test
  void tasksHaveConsistentProgress() {
    List<SeedTask> tasks =
        demo.users().stream().flatMap(u -> demo.itemsOf(u).tasks().stream()).toList();

    assertThat(tasks.stream().map(SeedTask::status).distinct()).hasSize(3);
    assertThat(tasks)
        .allSatisfy(
            t ->
                assertThat(t.percentComplete() == 100)
                    .isEqualTo(t.status() == SeedTask.Status.COMPLETED));
  }

  @Test
  void selectionMembersAreContactsOfTheWorld() {
    Set<Integer> persons =
        demo.users().stream()
            .flatMap(u -> demo.itemsOf(u).contacts().stream())
            .map(SeedContact::personId)
            .collect(Collectors.toSet());

    assertThat(demo.selections()).isNotEmpty();
    assertThat(demo.selections())
        .allSatisfy(s -> assertThat(persons).containsAll(s.memberPersonIds()));
    assertThat(demo.selections()).anySatisfy(s -> assertThat(s.memberPersonIds()).isNotEmpty());
  }

  @Test
  void benchmarkSizedWorldIsDescribedWithoutGeneratingItsItems() {
    SandboxWorld big = new WorldGenerator(1, ANCHOR).generate(new WorldSizes(1_000, 1_000, 0, 0));

    assertThat(big.users()).hasSize(1_000);
    assertThat(big.itemsOf(big.users().get(999)).appointments()).hasSizeBetween(500, 1_500);
  }
}
