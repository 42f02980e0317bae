package org.exsync.infrastructure.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exsync.infrastructure.superoffice.SuperOfficeFixture.YEAR;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.item.ContactItem;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.Outcome;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every failure the Web API can produce reaches the engine as its typed outcome. */
class TypedOutcomesTest {

  private final SuperOfficeFixture so =
      new SuperOfficeFixture(
          s ->
              s.withLongestWait(Duration.ZERO)
                  .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
  private final CrmScope diary = CrmScope.diary(so.user(0).associateId(), YEAR);

  @AfterEach
  void close() {
    so.close();
  }

  private Failure failureOfListing() {
    Outcome<?> outcome = so.gateway.changes(diary, null);
    return outcome.failure().orElseThrow(() -> new AssertionError("expected a failure"));
  }

  private void fault(FaultRule rule) {
    so.simulator.faults().add(rule.forOperation("Appointment"));
  }

  @Test
  void status400_isRejected_withTheServersWords() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(400));

    Failure failure = failureOfListing();

    assertThat(failure.kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(failure.reason()).contains("HTTP 400", "The request failed with HTTP 400");
  }

  @Test
  void status403_isDenied_andSaysWhatTheAdminDoes() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(403));

    Failure failure = failureOfListing();

    assertThat(failure.kind()).isEqualTo(FailureKind.DENIED);
    assertThat(failure.fix()).contains("role", "right");
  }

  @Test
  void missingItem_isGone() {
    var read = so.gateway.read(ItemKind.DIARY, List.of("424242")).value().get(0);

    assertThat(read.failure().orElseThrow().kind()).isEqualTo(FailureKind.GONE);
  }

  @Test
  void serverErrors_areTransient_afterTheAdapterTriedAgain() {
    fault(FaultRule.always(FaultKind.SERVICE_ERROR));

    Failure failure = failureOfListing();

    assertThat(failure.kind()).isEqualTo(FailureKind.TRANSIENT);
    assertThat(failure.isRetryable()).isTrue();
    assertThat(so.simulator.counters().snapshot()).containsEntry("faults.SERVICE_ERROR", 3L);
  }

  @Test
  void aSingleServerError_isOvercomeByTheRetry() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(502).times(1));

    assertThat(so.gateway.changes(diary, null).isDone()).isTrue();
  }

  @Test
  void timeoutsDroppedConnectionsAndBrokenBodies_areTransient() {
    fault(FaultRule.always(FaultKind.TIMEOUT).withDelayMillis(2500).times(3));
    Failure timeout = failureOfListing();
    so.simulator.faults().clear();
    fault(FaultRule.always(FaultKind.DROP_CONNECTION));
    Failure dropped = failureOfListing();
    so.simulator.faults().clear();
    fault(FaultRule.always(FaultKind.MALFORMED_BODY));
    Failure broken = failureOfListing();

    assertThat(List.of(timeout, dropped, broken))
        .extracting(Failure::kind)
        .containsOnly(FailureKind.TRANSIENT);
    assertThat(timeout.reason()).containsIgnoringCase("timeout");
  }

  @Test
  void throttlingBeyondTheLongestWait_isThrottledWithTheBackoffTheServerAsked() {
    fault(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(429).withDelayMillis(7000));

    Failure failure = failureOfListing();

    assertThat(failure.kind()).isEqualTo(FailureKind.THROTTLED);
    assertThat(failure.backoffIfThrottled()).contains(Duration.ofSeconds(7));
  }

  @Test
  void wrongPassword_needsReauthentication() {
    SeedUser user = so.user(0);
    try (SuperOfficeWebApiGateway wrong =
        new SuperOfficeWebApiGateway(
            SuperOfficeSettings.of(
                new SuperOfficeEndpoint.OnSite(so.api()),
                new SuperOfficeCredentials.Basic(user.userName(), "not-" + user.password())))) {

      Failure failure = wrong.associates().failure().orElseThrow();

      assertThat(failure.kind()).isEqualTo(FailureKind.NEEDS_REAUTHENTICATION);
      assertThat(failure.reason()).doesNotContain(user.password());
    }
  }

  @Test
  void invalidItem_isRejectedAlone_whileItsNeighbourIsCreated() {
    ContactItem nameless = new ContactItem("", "", "", "", "", List.of(), Map.of(), Map.of());
    ContactItem named =
        new ContactItem("Kari", "", "Nordmann", "", "", List.of(), Map.of(), Map.of());

    var results =
        so.gateway
            .create(CrmScope.ownContacts(so.user(0).associateId()), List.of(nameless, named))
            .value();

    assertThat(results.get(0).failure().orElseThrow().kind()).isEqualTo(FailureKind.REJECTED);
    assertThat(results.get(0).failure().orElseThrow().reason()).contains("Firstname or a Lastname");
    assertThat(results.get(1).isDone()).isTrue();
  }
}
