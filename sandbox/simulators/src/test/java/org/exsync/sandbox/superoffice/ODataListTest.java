package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ODataListTest {

  private final Tenant tenant = new Tenant();

  @AfterEach
  void close() {
    tenant.close();
  }

  private List<Integer> keys(SoClient.Reply reply) {
    return reply.json().getJsonArray("value").stream()
        .map(v -> v.asJsonObject().getInt("PrimaryKey"))
        .toList();
  }

  @Test
  void filterUpdatedDateAfterTime_returnsOnlyRowsChangedSince() {
    tenant.simulator.clock().advance(Duration.ofHours(1));
    tenant.simulator.changeAppointment(8, tenant.user(0).associateId(), a -> a.withTitle("x"));
    tenant.simulator.changeAppointment(9, tenant.user(0).associateId(), a -> a.withTitle("y"));

    SoClient.Reply reply =
        tenant.client.get(
            tenant.api
                + "/Appointment?$select=appointmentId,updatedDate"
                + "&$filter=updatedDate%20afterTime%20'2026-03-02T08:30:00'");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(keys(reply)).containsExactly(8, 9);
    assertThat(reply.json().getJsonArray("value").getJsonObject(0).getString("updatedDate"))
        .isEqualTo("2026-03-02T09:00:00");
  }

  @Test
  void topAndSkip_pageWithNextLink_untilEveryRowWasSeenOnce() {
    List<Integer> seen = new ArrayList<>();
    String next = tenant.api + "/Appointment?$select=appointmentId&$top=25";
    int pages = 0;
    while (next != null) {
      JsonObject page = tenant.client.get(next).json();
      page.getJsonArray("value").forEach(v -> seen.add(v.asJsonObject().getInt("PrimaryKey")));
      JsonValue link = page.get("odata.nextLink");
      next =
          link == null
              ? null
              : URI.create(page.getString("odata.nextLink")).getRawPath()
                  + "?"
                  + URI.create(page.getString("odata.nextLink")).getRawQuery();
      pages++;
    }

    int stored = tenant.simulator.store().appointments().size();
    assertThat(seen).hasSize(stored).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo((stored + 24) / 25);
  }

  @Test
  void filterOnAssociateAndDateBetween_withOrderByDateDescending() {
    int owner = tenant.user(1).associateId();

    SoClient.Reply reply =
        tenant.client.get(
            tenant.api
                + "/Appointment?$select=appointmentId,date,associateId"
                + "&$filter=associateId%20eq%20"
                + owner
                + "%20and%20date%20between('2026-02-01','2026-06-30')&$orderBy=date%20desc");

    List<Appointment> expected =
        tenant.simulator.store().appointments().all().stream()
            .filter(a -> a.associateId() == owner)
            .filter(
                a -> {
                  var day = a.start().atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
                  return !day.isBefore(java.time.LocalDate.of(2026, 2, 1))
                      && !day.isAfter(java.time.LocalDate.of(2026, 6, 30));
                })
            .toList();
    assertThat(keys(reply)).hasSameSizeAs(expected).isNotEmpty();
    List<String> dates =
        reply.json().getJsonArray("value").stream()
            .map(v -> v.asJsonObject().getString("date"))
            .toList();
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void select_returnsOnlyTheSelectedColumnsBesidesPrimaryKeyAndEntityName() {
    JsonObject row =
        tenant
            .client
            .get(tenant.api + "/Person?$select=firstName,personId&$top=1")
            .json()
            .getJsonArray("value")
            .getJsonObject(0);

    assertThat(row.keySet())
        .containsExactlyInAnyOrder("PrimaryKey", "EntityName", "firstName", "personId");
    assertThat(row.getString("EntityName")).isEqualTo("person");
  }

  @Test
  void malformedFilter_is400WithSuperOfficeErrorBody() {
    SoClient.Reply reply =
        tenant.client.get(tenant.api + "/Appointment?$filter=updatedDate%20afterTime");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().getString("ErrorType")).isEqualTo("ODataException");
    assertThat(reply.json().getString("Error")).contains("value");
  }

  @Test
  void unknownColumnOrBadValue_is400() {
    SoClient.Reply column = tenant.client.get(tenant.api + "/Contact?$filter=shoeSize%20eq%201");
    SoClient.Reply value =
        tenant.client.get(tenant.api + "/Contact?$filter=updatedDate%20gt%20'yesterday'");

    assertThat(column.status()).isEqualTo(400);
    assertThat(column.json().getString("Error")).contains("shoeSize");
    assertThat(value.status()).isEqualTo(400);
    assertThat(value.json().getString("Error")).contains("yesterday");
  }
}
