package org.exsync.application.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.associate.AssociateType;
import org.exsync.domain.link.SyncLink;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.mailbox.MailboxKind;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

/** The order a tick claims due links in. */
class UrgencyTest {

  private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
  private static final Duration HEAD_START = Duration.ofMinutes(5);

  @Test
  void requestedLinks_goBeforeLinksThatWaitedLessThanTheHeadStartLonger() {
    Urgency plain = new Urgency(1, false, NOW.minusSeconds(200));
    Urgency requested = new Urgency(2, true, NOW);

    assertThat(sorted(plain, requested)).containsExactly(2L, 1L);
  }

  @Test
  void aLinkThatWaitedLongerThanTheHeadStart_goesBeforeNewRequests() {
    Urgency starving = new Urgency(1, false, NOW.minus(HEAD_START).minusSeconds(1));
    Urgency requested = new Urgency(2, true, NOW);

    assertThat(sorted(requested, starving)).containsExactly(1L, 2L);
  }

  @Test
  void amongEquals_theLongestWaitingGoesFirst_thenTheLowestId() {
    Urgency a = new Urgency(3, false, NOW.minusSeconds(10));
    Urgency b = new Urgency(1, false, NOW.minusSeconds(10));
    Urgency c = new Urgency(2, false, NOW.minusSeconds(30));

    assertThat(sorted(a, b, c)).containsExactly(2L, 1L, 3L);
  }

  @Test
  void aLinkWithChangesPending_isRequested_andWaitsSinceTheEarlierOfLastRunAndAnnounced() {
    SyncLink link = link(NOW.minusSeconds(600));
    link.claim("server-a", NOW.minusSeconds(600), Duration.ofMinutes(5));
    link.completeRun("server-a", NOW.minusSeconds(60));
    link.markChangesPending(NOW.minusSeconds(120));

    Urgency urgency = LinkClaimer.urgencyOf(link);

    assertThat(urgency.requested()).isTrue();
    assertThat(urgency.waitingSince()).isEqualTo(NOW.minusSeconds(120));
  }

  @Test
  void aLinkDueLater_becomesDueAtOnce_whenChangesAreAnnounced() {
    SyncLink link = link(NOW.plusSeconds(3600));

    link.markChangesPending(NOW);

    assertThat(link.isDueAt(NOW)).isTrue();
    assertThat(link.getSchedule().getChangesPendingSince()).hasValue(NOW);
  }

  @Test
  void aSyncNow_isRequested_andTheClaimClearsTheRequest() {
    SyncLink link = link(NOW.plusSeconds(3600));
    link.requestRun(NOW);

    assertThat(LinkClaimer.urgencyOf(link).requested()).isTrue();
    link.claim("server-a", NOW, Duration.ofMinutes(10));

    assertThat(link.getSchedule().isRunRequested()).isFalse();
    assertThat(link.getSchedule().getChangesPendingSince()).isEmpty();
    assertThat(link.isLeasedBy("server-a")).isTrue();
    assertThat(link.isLeasedBy("server-b")).isFalse();
  }

  @Test
  void changesAnnouncedDuringARun_makeTheNextRunDueAtOnce() {
    SyncLink link = link(NOW);
    link.claim("server-a", NOW, Duration.ofMinutes(10));

    link.markChangesPending(NOW.plusSeconds(5));
    link.completeRun("server-a", NOW.plusSeconds(10));

    assertThat(link.getSchedule().getNextRunAt()).isEqualTo(NOW.plusSeconds(10));
    assertThat(LinkClaimer.urgencyOf(link).requested()).isTrue();
  }

  @Test
  void aRunWithoutNewChanges_isDueOneRankIntervalLater() {
    SyncLink link = link(NOW);
    link.claim("server-a", NOW, Duration.ofMinutes(10));

    link.completeRun("server-a", NOW.plusSeconds(10));

    assertThat(link.getSchedule().getNextRunAt()).isEqualTo(NOW.plusSeconds(10 + 300));
  }

  @Test
  void aLinkPostponedByABackOff_keepsWaitingSinceItsLastRun_soItIsNotPassedOver() {
    SyncLink link = link(NOW.minusSeconds(600));
    link.claim("server-a", NOW.minusSeconds(600), Duration.ofMinutes(5));
    link.completeRun("server-a", NOW.minusSeconds(590));
    link.claim("server-a", NOW, Duration.ofMinutes(5));
    link.postponeRun("server-a", NOW.plusSeconds(30));

    Urgency urgency = LinkClaimer.urgencyOf(link);

    assertThat(urgency.waitingSince()).isEqualTo(NOW.minusSeconds(590));
    assertThat(urgency.requested()).isFalse();
  }

  @Test
  void aLinkThatNeverSynced_goesBeforeLinksThatDid_howeverOftenItWasPostponed() {
    SyncLink never = link(NOW.minusSeconds(5));
    never.claim("server-a", NOW.minusSeconds(5), Duration.ofMinutes(5));
    never.postponeRun("server-a", NOW.plusSeconds(1));
    SyncLink synced = link(NOW.minusSeconds(600));
    synced.claim("server-a", NOW.minusSeconds(600), Duration.ofMinutes(5));
    synced.completeRun("server-a", NOW.minusSeconds(590));

    assertThat(LinkClaimer.urgencyOf(never).waitingSince()).isEqualTo(Instant.EPOCH);
    assertThat(
            Urgency.fairOrder(HEAD_START)
                .compare(LinkClaimer.urgencyOf(never), LinkClaimer.urgencyOf(synced)))
        .isNegative();
  }

  @Test
  void aLeaseOfADeadServer_runsOut_andAnotherServerMayClaimTheLink() {
    SyncLink link = link(NOW.minusSeconds(600));
    link.claim("dead-server", NOW.minusSeconds(600), Duration.ofMinutes(5));

    assertThat(link.isDueAt(NOW.minusSeconds(400))).isFalse();
    assertThat(link.isDueAt(NOW)).isTrue();
    link.claim("server-b", NOW, Duration.ofMinutes(5));
    assertThat(link.isLeasedBy("server-b")).isTrue();
  }

  private static List<Long> sorted(Urgency... urgencies) {
    return java.util.Arrays.stream(urgencies)
        .sorted(Urgency.fairOrder(HEAD_START))
        .map(Urgency::linkId)
        .toList();
  }

  private static SyncLink link(Instant due) {
    Associate associate =
        new Associate(17, "Ola Nordmann", "OLA", "ola@example.com", AssociateType.EMPLOYEE);
    Mailbox mailbox =
        new Mailbox(
            "ola@example.com",
            URI.create("https://mail.example.com/EWS/Exchange.asmx"),
            MailboxKind.EWS_ON_PREMISES,
            null);
    Rank rank = new Rank("Default", 0, Duration.ofMinutes(5), 100);
    SyncLink link = new SyncLink(associate, mailbox, EnumSet.of(ItemKind.DIARY), rank, due);
    try {
      java.lang.reflect.Field id = SyncLink.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(link, 41L);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return link;
  }
}
