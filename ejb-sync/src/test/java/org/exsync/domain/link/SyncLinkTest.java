package org.exsync.domain.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;
import static org.exsync.domain.Fixtures.RANK_INTERVAL;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.exsync.domain.Fixtures;
import org.exsync.domain.rank.Rank;
import org.exsync.domain.rank.RankServiceAccount;
import org.exsync.domain.shared.ItemKind;
import org.junit.jupiter.api.Test;

class SyncLinkTest {

  private static final Duration LEASE = Duration.ofMinutes(10);

  private final SyncLink link = Fixtures.link(ItemKind.DIARY, ItemKind.TASK);

  @Test
  void constructor_makesEnabledIdleLinkDueAtOnceWithDefaults() {
    assertThat(link.isEnabled()).isTrue();
    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.getSchedule().getNextRunAt()).isEqualTo(NOW);
    assertThat(link.isDueAt(NOW)).isTrue();
    assertThat(link.getConflictPolicy()).isEqualTo(ConflictPolicy.LAST_MODIFIED_WINS);
    assertThat(link.getSyncWindowPastDays()).isEqualTo(SyncLink.DEFAULT_PAST_DAYS);
    assertThat(link.getSyncWindowFutureDays()).isEqualTo(SyncLink.DEFAULT_FUTURE_DAYS);
    assertThat(link.getSchedule().getLastRunAt()).isEmpty();
  }

  @Test
  void constructor_refusesLinkWithoutItemKinds() {
    assertThatThrownBy(
            () ->
                new SyncLink(
                    Fixtures.associate(),
                    Fixtures.mailbox(),
                    EnumSet.noneOf(ItemKind.class),
                    Fixtures.rank(),
                    NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("itemKinds must name at least one of DIARY, TASK, CONTACT, got []");
  }

  @Test
  void moveToRank_makesAWaitingLinkDueAtOnce_inTheNewRank() {
    Instant start = NOW.plusSeconds(5);
    link.claim("server-1", start, LEASE);
    link.completeRun("server-1", start);
    Instant moved = start.plusSeconds(30);
    Rank fast = new Rank("Fast", 4, Duration.ofSeconds(10), 50);

    link.moveToRank(fast, moved);

    assertThat(link.getRank()).isSameAs(fast);
    assertThat(link.getSchedule().getNextRunAt()).isEqualTo(moved);
    assertThat(link.isDueAt(moved)).isTrue();
  }

  @Test
  void moveToRank_withAServiceAccount_endsTheWaitForTheUsersSignIn() {
    link.markNeedsReauthentication("invalid_grant");
    Rank impersonating = new Rank("Impersonating", 4, Duration.ofSeconds(10), 50);
    impersonating.useServiceAccount(
        new RankServiceAccount("svc-exsync@example.com", "exsync-exchange-service-password"));

    link.moveToRank(impersonating, NOW.plusSeconds(60));

    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.isDueAt(NOW.plusSeconds(60))).isTrue();
  }

  @Test
  void moveToRank_withoutAServiceAccount_keepsWaitingForTheUsersSignIn() {
    link.markNeedsReauthentication("invalid_grant");

    link.moveToRank(new Rank("Own access", 4, Duration.ofSeconds(10), 50), NOW.plusSeconds(60));

    assertThat(link.getState()).isEqualTo(LinkState.NEEDS_REAUTHENTICATION);
    assertThat(link.isDueAt(NOW.plusSeconds(60))).isFalse();
  }

  @Test
  void itemKinds_returnsTheChosenKindsAsACopy() {
    Set<ItemKind> kinds = link.itemKinds();
    kinds.add(ItemKind.CONTACT);

    assertThat(link.itemKinds()).containsExactly(ItemKind.DIARY, ItemKind.TASK);
    assertThat(link.syncs(ItemKind.CONTACT)).isFalse();
    assertThat(link.syncs(ItemKind.TASK)).isTrue();
  }

  @Test
  void changeItemKinds_replacesTheSelection() {
    link.changeItemKinds(Set.of(ItemKind.CONTACT));

    assertThat(link.itemKinds()).containsExactly(ItemKind.CONTACT);
  }

  @Test
  void changeItemKinds_refusesEmptySelectionAndKeepsTheOldOne() {
    assertThatThrownBy(() -> link.changeItemKinds(Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(link.itemKinds()).containsExactly(ItemKind.DIARY, ItemKind.TASK);
  }

  @Test
  void changeSyncWindow_refusesNegativeDaysAndKeepsTheOldWindow() {
    assertThatThrownBy(() -> link.changeSyncWindow(7, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syncWindowFutureDays must be at least 0, got -1");
    assertThatThrownBy(() -> link.changeSyncWindow(-3, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syncWindowPastDays must be at least 0, got -3");
    assertThat(link.getSyncWindowPastDays()).isEqualTo(SyncLink.DEFAULT_PAST_DAYS);
    assertThat(link.getSyncWindowFutureDays()).isEqualTo(SyncLink.DEFAULT_FUTURE_DAYS);
  }

  @Test
  void changeSyncWindow_acceptsZeroDays() {
    link.changeSyncWindow(0, 0);

    assertThat(link.getSyncWindowPastDays()).isZero();
    assertThat(link.getSyncWindowFutureDays()).isZero();
  }

  @Test
  void changeConflictPolicy_setsPolicy() {
    link.changeConflictPolicy(ConflictPolicy.CRM_WINS);

    assertThat(link.getConflictPolicy()).isEqualTo(ConflictPolicy.CRM_WINS);
  }

  @Test
  void claim_leasesTheLinkAndMarksItRunning() {
    link.claim("instance-1", NOW, LEASE);

    assertThat(link.getState()).isEqualTo(LinkState.RUNNING);
    assertThat(link.getSchedule().getLeaseOwner()).contains("instance-1");
    assertThat(link.getSchedule().getLeaseUntil()).contains(NOW.plus(LEASE));
    assertThat(link.isDueAt(NOW.plus(LEASE).minusSeconds(1))).isFalse();
  }

  @Test
  void claim_refusesLinkNotYetDue() {
    assertThatThrownBy(() -> link.claim("instance-1", NOW.minusSeconds(1), LEASE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is not due")
        .hasMessageContaining("next run " + NOW);
    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
  }

  @Test
  void claim_refusesLinkLeasedByAnotherInstance() {
    link.claim("instance-1", NOW, LEASE);

    assertThatThrownBy(() -> link.claim("instance-2", NOW.plusSeconds(30), LEASE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("leased by instance-1");
    assertThat(link.getSchedule().getLeaseOwner()).contains("instance-1");
  }

  @Test
  void claim_takesOverALeaseThatExpired() {
    link.claim("instance-1", NOW, LEASE);

    link.claim("instance-2", NOW.plus(LEASE), LEASE);

    assertThat(link.getSchedule().getLeaseOwner()).contains("instance-2");
    assertThatThrownBy(() -> link.completeRun("instance-1", NOW.plus(LEASE).plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not leased by instance-1");
  }

  @Test
  void claim_refusesDisabledLinkAndNonPositiveLease() {
    assertThatThrownBy(() -> link.claim("instance-1", NOW, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaseDuration must be positive, got PT0S");

    link.disable();

    assertThatThrownBy(() -> link.claim("instance-1", NOW, LEASE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("enabled false");
  }

  @Test
  void completeRun_schedulesTheNextRunOneRankIntervalLater() {
    link.claim("instance-1", NOW, LEASE);
    Instant end = NOW.plusSeconds(42);

    link.completeRun("instance-1", end);

    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.getSchedule().getLastRunAt()).contains(end);
    assertThat(link.getSchedule().getNextRunAt()).isEqualTo(end.plus(RANK_INTERVAL));
    assertThat(link.getSchedule().getLeaseOwner()).isEmpty();
    assertThat(link.getSchedule().getLeaseUntil()).isEmpty();
    assertThat(link.isDueAt(end.plus(RANK_INTERVAL))).isTrue();
  }

  @Test
  void completeRun_refusesInstanceWithoutTheLease() {
    assertThatThrownBy(() -> link.completeRun("instance-1", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot end a run for instance-1");
  }

  @Test
  void failRun_recordsTheErrorAndRetriesOneIntervalLater() {
    link.claim("instance-1", NOW, LEASE);

    link.failRun("instance-1", "EWS returned ErrorServerBusy", NOW.plusSeconds(5));

    assertThat(link.getState()).isEqualTo(LinkState.FAILED);
    assertThat(link.getSchedule().getLastError()).contains("EWS returned ErrorServerBusy");
    assertThat(link.isDueAt(NOW.plusSeconds(5).plus(RANK_INTERVAL))).isTrue();
  }

  @Test
  void completeRun_afterFailure_clearsTheError() {
    link.claim("instance-1", NOW, LEASE);
    link.failRun("instance-1", "boom", NOW);
    Instant next = NOW.plus(RANK_INTERVAL);
    link.claim("instance-1", next, LEASE);

    link.completeRun("instance-1", next.plusSeconds(1));

    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.getSchedule().getLastError()).isEmpty();
  }

  @Test
  void postponeRun_makesTheLinkDueAtTheRetryTime() {
    link.claim("instance-1", NOW, LEASE);
    Instant retryAt = NOW.plusSeconds(90);

    link.postponeRun("instance-1", retryAt);

    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.isDueAt(retryAt.minusSeconds(1))).isFalse();
    assertThat(link.isDueAt(retryAt)).isTrue();
    assertThat(link.getSchedule().getLastRunAt()).isEmpty();
  }

  @Test
  void markNeedsReauthentication_keepsTheLinkFromRunningUntilConsent() {
    link.claim("instance-1", NOW, LEASE);

    link.markNeedsReauthentication("invalid_grant: AADSTS700082");

    assertThat(link.getState()).isEqualTo(LinkState.NEEDS_REAUTHENTICATION);
    assertThat(link.getSchedule().getLastError()).contains("invalid_grant: AADSTS700082");
    assertThat(link.getSchedule().getLeaseOwner()).isEmpty();
    assertThat(link.isDueAt(NOW.plus(Duration.ofDays(30)))).isFalse();
    link.runNow(NOW);
    assertThat(link.isDueAt(NOW.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void resumeAfterReauthentication_makesTheLinkDueAtOnce() {
    link.markNeedsReauthentication("invalid_grant");
    Instant consentAt = NOW.plus(Duration.ofDays(2));

    link.resumeAfterReauthentication(consentAt);

    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.getSchedule().getLastError()).isEmpty();
    assertThat(link.isDueAt(consentAt)).isTrue();
  }

  @Test
  void resumeAfterReauthentication_leavesAPausedLinkPaused() {
    link.pause("would delete 80% of the calendar");

    link.resumeAfterReauthentication(NOW);

    assertThat(link.getState()).isEqualTo(LinkState.PAUSED);
  }

  @Test
  void pause_andResume_byAnAdmin() {
    link.pause("would delete 80% of the calendar");
    assertThat(link.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    Instant resumedAt = NOW.plusSeconds(600);

    link.resume(resumedAt);

    assertThat(link.getState()).isEqualTo(LinkState.IDLE);
    assertThat(link.isDueAt(resumedAt)).isTrue();
  }

  @Test
  void resume_refusesLinkThatIsNotPausedOrFailed() {
    link.markNeedsReauthentication("invalid_grant");

    assertThatThrownBy(() -> link.resume(NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("it is NEEDS_REAUTHENTICATION");
  }

  @Test
  void disable_andEnable_controlWhetherTheLinkIsDue() {
    link.claim("instance-1", NOW, LEASE);
    link.completeRun("instance-1", NOW);
    link.disable();
    assertThat(link.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    Instant enabledAt = NOW.plusSeconds(10);

    link.enable(enabledAt);

    assertThat(link.isEnabled()).isTrue();
    assertThat(link.isDueAt(enabledAt)).isTrue();
  }

  @Test
  void runNow_makesAnIdleLinkDueAtOnce() {
    link.claim("instance-1", NOW, LEASE);
    link.completeRun("instance-1", NOW);
    Instant soon = NOW.plusSeconds(1);
    assertThat(link.isDueAt(soon)).isFalse();

    link.runNow(soon);

    assertThat(link.isDueAt(soon)).isTrue();
  }

  @Test
  void assignRank_changesTheIntervalOfLaterRuns() {
    Rank slow = new Rank("Bronze", 2, Duration.ofHours(1), 10);
    link.assignRank(slow);
    link.claim("instance-1", NOW, LEASE);

    link.completeRun("instance-1", NOW);

    assertThat(link.getRank()).isSameAs(slow);
    assertThat(link.getSchedule().getNextRunAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }
}
