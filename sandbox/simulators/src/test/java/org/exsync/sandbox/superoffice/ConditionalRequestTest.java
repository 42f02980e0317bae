package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConditionalRequestTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  @Test
  void everyAnswerIsDatedOnTheSimulatorsClock_theClockItsChangeStampsAreOn() {
    Instant now = Tenant.SEEDED_AT.plusSeconds(42);
    tenant.simulator.clock().set(now);
    SimRequest get =
        new SimRequest(
            "GET",
            "/" + tenant.simulator.contextIdentifier() + "/api/v1/Appointment/5",
            "",
            Map.of("Authorization", List.of(Tenant.basic(tenant.user(0)))),
            new byte[0],
            "http://127.0.0.1",
            "127.0.0.1");

    SimResponse answer = tenant.simulator.handler().handle(get);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.headers().get("Date")).containsExactly(httpDate(now));
  }

  @Test
  void getWithIfModifiedSince_is304WhileUnchanged_and200AfterAChange() {
    String since = httpDate(Tenant.SEEDED_AT);

    SoClient.Reply unchanged =
        tenant.client.get(tenant.api + "/Appointment/5", "If-Modified-Since", since);
    tenant.simulator.clock().advance(Duration.ofMinutes(1));
    tenant.simulator.changeAppointment(5, tenant.user(1).associateId(), a -> a.withTitle("Endret"));
    SoClient.Reply changed =
        tenant.client.get(tenant.api + "/Appointment/5", "If-Modified-Since", since);

    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().getString("Title")).isEqualTo("Endret");
  }

  @Test
  void putWithOldIfUnmodifiedSince_isRefusedWith412_andChangesNothing() {
    tenant.simulator.clock().advance(Duration.ofMinutes(5));
    tenant.simulator.changeAppointment(6, tenant.user(2).associateId(), a -> a.withTitle("Theirs"));

    SoClient.Reply reply =
        tenant.client.send(
            "PUT",
            tenant.api + "/Appointment/6",
            "{\"Title\": \"Mine\"}",
            "If-Unmodified-Since",
            httpDate(Tenant.SEEDED_AT));

    assertThat(reply.status()).isEqualTo(412);
    assertThat(reply.json().getString("ErrorType")).isEqualTo("PreconditionFailed");
    assertThat(tenant.simulator.store().appointments().get(6).orElseThrow().title())
        .isEqualTo("Theirs");
  }

  @Test
  void putWithCurrentIfUnmodifiedSince_isApplied() {
    SoClient.Reply reply =
        tenant.client.send(
            "PUT",
            tenant.api + "/Person/" + tenant.user(0).personId(),
            "{\"Title\": \"Salgssjef\"}",
            "If-Unmodified-Since",
            httpDate(Tenant.SEEDED_AT));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().getString("Title")).isEqualTo("Salgssjef");
  }

  @Test
  void patchAndDeleteWithOldIfUnmodifiedSince_areRefusedWith412() {
    tenant.simulator.clock().advance(Duration.ofSeconds(2));
    tenant.simulator.changeAppointment(7, tenant.user(0).associateId(), a -> a.withTitle("Moved"));
    String old = httpDate(Tenant.SEEDED_AT);

    SoClient.Reply patch =
        tenant.client.send(
            "PATCH",
            tenant.api + "/Appointment/7",
            "[{\"op\": \"replace\", \"path\": \"/IsFree\", \"value\": true}]",
            "If-Unmodified-Since",
            old);
    SoClient.Reply delete =
        tenant.client.send(
            "DELETE", tenant.api + "/Appointment/7", null, "If-Unmodified-Since", old);

    assertThat(patch.status()).isEqualTo(412);
    assertThat(delete.status()).isEqualTo(412);
    assertThat(tenant.simulator.store().appointments().get(7)).isPresent();
  }
}
