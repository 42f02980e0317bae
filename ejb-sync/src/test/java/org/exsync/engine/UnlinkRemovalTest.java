package org.exsync.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.engine.Items.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.exsync.domain.mapping.ItemOrigin;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.store.MappingRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unlinking with removal: the copies Exsync made in the mailbox go, the user's own items and
 * SuperOffice stay, and a removal stopped half-way goes on where it stopped.
 */
class UnlinkRemovalTest {

  private static final Instant TEN = Instant.parse("2026-03-10T10:00:00Z");

  private Harness h;

  @BeforeEach
  void link() {
    h = new Harness();
    h.kinds = Set.of(ItemKind.DIARY);
  }

  @Test
  void eachPair_remembersTheSideItBeganOn() {
    String fromCrm = h.crmCreates(meeting("Board meeting", TEN));
    String fromOutlook =
        h.exchange.userCreates(ItemKind.DIARY, meeting("Dentist", TEN.plusSeconds(7200)));
    h.crmCreates(meeting("Weekly review", TEN.plusSeconds(14400)));
    h.exchange.userCreates(ItemKind.DIARY, meeting("Weekly review", TEN.plusSeconds(14400)));

    h.runTwice();

    assertThat(h.mappings(ItemKind.DIARY)).hasSize(3);
    assertThat(h.mappings(ItemKind.DIARY).get(fromCrm).origin()).isEqualTo(ItemOrigin.CRM);
    assertThat(h.mappings(ItemKind.DIARY).get(h.crmIdOf(ItemKind.DIARY, fromOutlook)).origin())
        .isEqualTo(ItemOrigin.EXCHANGE);
    assertThat(h.mappings(ItemKind.DIARY).values())
        .extracting(MappingRecord::origin)
        .containsExactlyInAnyOrder(ItemOrigin.CRM, ItemOrigin.EXCHANGE, ItemOrigin.BOTH);
  }

  @Test
  void removal_deletesOnlyExsyncsCopies_andLeavesSuperOfficeAsItIs() {
    String fromCrm = h.crmCreates(meeting("Board meeting", TEN));
    String fromOutlook =
        h.exchange.userCreates(ItemKind.DIARY, meeting("Dentist", TEN.plusSeconds(7200)));
    h.crmCreates(meeting("Weekly review", TEN.plusSeconds(14400)));
    String matched =
        h.exchange.userCreates(ItemKind.DIARY, meeting("Weekly review", TEN.plusSeconds(14400)));
    h.runTwice();
    String copy = h.exchangeIdOf(ItemKind.DIARY, fromCrm);
    // The user edited Exsync's copy since: it goes all the same.
    h.exchange.userUpdates(copy, meeting("Board meeting (moved)", TEN.plusSeconds(600)));
    int crmWrites = h.crm.writes();

    RemovalReport report = h.remove();

    assertThat(report.isComplete()).isTrue();
    assertThat(report.removed()).isEqualTo(1);
    assertThat(h.exchange.content(copy)).isEmpty();
    assertThat(h.exchange.content(fromOutlook)).isPresent();
    assertThat(h.exchange.content(matched)).isPresent();
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(3);
    assertThat(h.crm.writes()).isEqualTo(crmWrites);
    assertThat(h.mappings(ItemKind.DIARY).values())
        .extracting(MappingRecord::origin)
        .doesNotContain(ItemOrigin.CRM);

    RemovalReport again = h.remove();
    assertThat(again.isComplete()).isTrue();
    assertThat(again.removed()).isZero();
  }

  @Test
  void removalThrottledHalfWay_keepsWhatItDid_andTheNextRunFinishes() {
    List<String> crmIds =
        IntStream.range(0, 5)
            .mapToObj(i -> h.crmCreates(meeting("Visit " + i, TEN.plus(Duration.ofHours(3L * i)))))
            .toList();
    h.runTwice();
    int exchangeItems = h.exchange.contents(ItemKind.DIARY).size();
    String busy = h.exchangeIdOf(ItemKind.DIARY, crmIds.get(2));
    h.exchange.faults.failId(busy, Failure.throttled(Duration.ofSeconds(30), "ErrorServerBusy"));

    RemovalReport first = h.remove();

    assertThat(first.isComplete()).isFalse();
    assertThat(first.stop()).map(Failure::kind).contains(FailureKind.THROTTLED);
    assertThat(first.backoff()).contains(Duration.ofSeconds(30));
    assertThat(first.remaining()).isPositive();
    assertThat(first.removed() + first.remaining()).isEqualTo(5);
    assertThat(h.mappings(ItemKind.DIARY)).hasSize(first.remaining());
    assertThat(h.exchange.content(busy)).isPresent();

    h.exchange.faults.clear();
    RemovalReport second = h.remove();

    assertThat(second.isComplete()).isTrue();
    assertThat(second.removed()).isEqualTo(first.remaining());
    assertThat(h.exchange.contents(ItemKind.DIARY)).hasSize(exchangeItems - 5);
    assertThat(h.crm.contents(ItemKind.DIARY)).hasSize(crmIds.size());
    assertThat(h.mappings(ItemKind.DIARY)).isEmpty();
  }
}
