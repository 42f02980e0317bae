package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.WellKnownFolderName;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException;
import microsoft.exchange.webservices.data.core.service.folder.Folder;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends SchemaCheckedTest {

  private final String alice = fixture.user(0).email();
  private final ExchangeService service = fixture.as(fixture.user(0));

  private void inject(FaultRule rule) {
    fixture.simulator.faults().add(rule.forOperation("GetFolder").forPrincipal(alice).times(1));
  }

  @Test
  void httpStatus_arrivesAsThatStatus_once() throws Exception {
    inject(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(502));

    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .satisfies(e -> assertThat(Causes.httpStatus(e)).isEqualTo(502));
    assertThat(Folder.bind(service, WellKnownFolderName.Calendar)).isNotNull();
    assertThat(fixture.simulator.counters().get("faults.HTTP_STATUS")).isEqualTo(1);
  }

  @Test
  void serviceError_isErrorInternalServerError() {
    inject(FaultRule.always(FaultKind.SERVICE_ERROR));

    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .satisfies(
            e -> assertThat(Causes.code(e)).isEqualTo(ServiceError.ErrorInternalServerError));
  }

  @Test
  void droppedConnection_andTruncatedBody_failTheRequest() {
    inject(FaultRule.always(FaultKind.DROP_CONNECTION));
    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .isInstanceOf(ServiceRequestException.class);

    inject(FaultRule.always(FaultKind.MALFORMED_BODY));
    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .isInstanceOf(Exception.class);
    assertThat(fixture.simulator.counters().get("faults.MALFORMED_BODY")).isEqualTo(1);
    // The response check saw the cut-off body too; it is the one answer that was meant to be bad.
    assertThat(fixture.responses.problems()).singleElement().asString().contains("same entity");
    fixture.responses.problems().clear();
  }

  @Test
  void slowAnswer_arrivesAfterTheDelay_andOtherMailboxesAreUntouched() throws Exception {
    inject(FaultRule.always(FaultKind.SLOW).withDelayMillis(300));

    assertThat(Folder.bind(fixture.as(fixture.user(1)), WellKnownFolderName.Calendar)).isNotNull();
    Instant start = Instant.now();
    assertThat(Folder.bind(service, WellKnownFolderName.Calendar)).isNotNull();
    assertThat(Duration.between(start, Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void timeout_holdsThenDropsTheConnection() {
    inject(FaultRule.always(FaultKind.TIMEOUT).withDelayMillis(200));
    service.setTimeout(5_000);

    Instant start = Instant.now();
    assertThatThrownBy(() -> Folder.bind(service, WellKnownFolderName.Calendar))
        .isInstanceOf(ServiceRequestException.class);
    assertThat(Duration.between(start, Instant.now()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }
}
