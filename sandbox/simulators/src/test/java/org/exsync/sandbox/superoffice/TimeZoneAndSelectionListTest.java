package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.ZoneId;
import org.exsync.sandbox.control.FaultKind;
import org.exsync.sandbox.control.FaultRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeZoneAndSelectionListTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void timeZoneBase_namesTheBaseZonesLocationAndCity() {
    JsonObject base = tenant.client.get(tenant.api + "/TimeZone/base").json();
    tenant.simulator.store().baseZone(ZoneId.of("America/New_York"));
    JsonObject moved = tenant.client.get(tenant.api + "/TimeZone/current").json();

    assertThat(base.getString("TZLocationCode")).isEqualTo("NO");
    assertThat(base.getString("TZLocationCities")).isEqualTo("Oslo");
    assertThat(moved.getString("TZLocationCities")).isEqualTo("New York");
  }

  @Test
  void selectionList_isAnODataListOfEverySelection() {
    JsonObject list = tenant.client.get(tenant.api + "/Selection?$select=selectionId,name").json();

    assertThat(list.getJsonArray("value")).hasSize(tenant.world.selections().size());
    assertThat(list.getJsonArray("value").getJsonObject(0).getInt("selectionId"))
        .isEqualTo(tenant.world.selections().get(0).selectionId());
  }

  @Test
  void personKeepsItsMiddleNameAndPrivatePhone() {
    SoClient.Reply created =
        tenant.client.send(
            "POST",
            tenant.api + "/Person",
            "{\"Firstname\": \"Anne\", \"MiddleName\": \"Marie\", \"Lastname\": \"Holm\","
                + " \"PrivatePhones\": [{\"Value\": \"+47 22 00 00 00\"}]}");

    JsonObject person = created.json();
    assertThat(person.getString("MiddleName")).isEqualTo("Marie");
    assertThat(person.getString("FullName")).isEqualTo("Anne Marie Holm");
    assertThat(person.getJsonArray("PrivatePhones").getJsonObject(0).getString("Value"))
        .isEqualTo("+47 22 00 00 00");
  }

  @Test
  void throttlingFault_announcesTheRulesDelayAsRetryAfter() {
    tenant
        .simulator
        .faults()
        .add(FaultRule.always(FaultKind.HTTP_STATUS).withStatus(429).withDelayMillis(3000));

    SoClient.Reply reply = tenant.client.get(tenant.api + "/Appointment/1");

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isEqualTo("3");
  }
}
