package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.stream.JsonParsingException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitAndFaultTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void moreThanTenCallsInOneSecond_is429WithRetryAfter_untilTheSecondHasPassed() {
    tenant.simulator.rateLimit(10);
    for (int i = 0; i < 10; i++) {
      assertThat(tenant.client.get(tenant.api + "/User/100").status()).isEqualTo(200);
    }

    SoClient.Reply limited = tenant.client.get(tenant.api + "/User/100");
    tenant.simulator.clock().advance(Duration.ofSeconds(1));
    SoClient.Reply later = tenant.client.get(tenant.api + "/User/100");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    assertThat(limited.json().getString("ErrorType")).isEqualTo("TooManyRequests");
    assertThat(later.status()).isEqualTo(200);
    assertThat(tenant.simulator.counters().get("rateLimited")).isEqualTo(1);
  }

  @Test
  void serviceError_hitsOnlyTheChosenResourceAndUser_withSuperOfficesErrorBody() {
    tenant
        .simulator
        .faults()
        .add(
            FaultRule.always(FaultKind.SERVICE_ERROR)
                .forOperation("Appointment")
                .forPrincipal(tenant.user(0).userName())
                .times(1));

    SoClient.Reply person = tenant.client.get(tenant.api + "/Person/" + tenant.user(0).personId());
    SoClient.Reply failed = tenant.client.get(tenant.api + "/Appointment/1");
    SoClient.Reply again = tenant.client.get(tenant.api + "/Appointment/1");

    assertThat(person.status()).isEqualTo(200);
    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.json().getString("ErrorType")).isEqualTo("SoException");
    assertThat(again.status()).isEqualTo(200);
    assertThat(tenant.simulator.counters().get("faults.SERVICE_ERROR")).isEqualTo(1);
  }

  @Test
  void httpStatusFault_answersWithThatStatus() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(503).forOperation("User"));

    SoClient.Reply reply = tenant.client.get(tenant.api + "/User/100");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void droppedConnection_andMalformedBody_failOnTheClientSide() {
    // Unlimited: the JDK client silently retries an idempotent request once on a dropped
    // connection.
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.DROP_CONNECTION).forOperation("Contact"));
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.MALFORMED_BODY).forOperation("Person").times(1));

    assertThatThrownBy(() -> tenant.client.sendUnchecked("GET", tenant.api + "/Contact/1", null))
        .isInstanceOf(UncheckedIOException.class);
    SoClient.Reply cut =
        tenant.client.sendUnchecked(
            "GET", tenant.api + "/Person/" + tenant.user(0).personId(), null);
    assertThat(cut.status()).isEqualTo(200);
    assertThatThrownBy(cut::json).isInstanceOf(JsonParsingException.class);
    assertThat(tenant.simulator.counters().get("faults.DROP_CONNECTION")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void slowFault_delaysTheAnswer() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.SLOW).withDelayMillis(300).forOperation("User"));
    long started = System.nanoTime();

    SoClient.Reply reply = tenant.client.get(tenant.api + "/User/100");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }
}
