package org.exsync.sandbox.superoffice;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.exsync.sandbox.data.SeedUser;
import org.exsync.sandbox.superoffice.store.Appointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A filter with {@code associateId eq N} reads only that associate's rows through the store's
 * index; these tests hold it to the answers of the full scan, filtered here on the client, page by
 * page, before and after the rows move between associates or go away.
 */
class AssociateIndexTest {

  private static final int PAGE = 5;

  /** Filters the sync engine sends, each with the order it asks for ("" for key order). */
  private static final List<String[]> QUERIES =
      List.of(
          new String[] {"updatedDate afterTime '2026-03-02T08:30:00'", "updatedDate"},
          new String[] {"date between ('2026-02-01', '2026-04-30')", "date desc"},
          new String[] {"rawType eq 1", ""});

  private final Tenant tenant = new Tenant();

  @BeforeEach
  void someRowsChangeAnHourAfterSeeding() {
    tenant.simulator.clock().advance(Duration.ofHours(1));
    // Every third row, so that some associates have more than a page of changes.
    for (int id = 1; id <= tenant.simulator.store().appointments().size(); id += 3) {
      tenant.simulator.changeAppointment(id, tenant.user(0).associateId(), a -> a.withTitle("x"));
    }
  }

  @AfterEach
  void close() {
    tenant.close();
  }

  @Test
  void associateFilter_answersLikeTheFullScan_onTheSeededStore() {
    assertEveryAssociateAnswersLikeTheFullScan();
  }

  @Test
  void associateFilter_followsAppointmentsThatChangeOwner_andForgetsDeletedOnes() {
    int first = tenant.user(0).associateId();
    int second = tenant.user(1).associateId();
    int moved = firstAppointmentOf(first);
    int deleted = firstAppointmentOf(second);

    SoClient.Reply move =
        tenant.client.send(
            "PUT",
            tenant.api + "/Appointment/" + moved,
            "{\"Associate\": {\"AssociateId\": " + second + "}}");
    SoClient.Reply delete =
        tenant.client.send("DELETE", tenant.api + "/Appointment/" + deleted, null);
    tenant.simulator.deleteAppointment(firstAppointmentOf(first), first);
    SoClient.Reply create =
        tenant.client.send(
            "POST",
            tenant.api + "/Appointment",
            "{\"Title\": \"Ny\", \"Associate\": {\"AssociateId\": " + first + "}}");

    assertThat(move.status()).isEqualTo(200);
    assertThat(delete.status()).isEqualTo(204);
    assertThat(create.status()).isEqualTo(200);
    assertThat(keys(everyPage(first, "appointmentId gt 0", ""))).doesNotContain(moved);
    assertThat(keys(everyPage(second, "appointmentId gt 0", "")))
        .contains(moved)
        .doesNotContain(deleted);
    assertEveryAssociateAnswersLikeTheFullScan();
  }

  @Test
  void associateFilter_answersLikeTheFullScan_afterResetAndSeedingAgain() {
    tenant.simulator.reset();
    tenant.simulator.seed(tenant.world);

    assertEveryAssociateAnswersLikeTheFullScan();
  }

  private void assertEveryAssociateAnswersLikeTheFullScan() {
    for (String[] query : QUERIES) {
      int found = 0;
      for (SeedUser user : tenant.world.users()) {
        List<JsonObject> expected = fullScan(user.associateId(), query[0], query[1]);
        List<List<JsonObject>> pages = pages(user.associateId(), query[0], query[1]);

        assertThat(pages.stream().flatMap(List::stream).toList())
            .as("associate %d, %s", user.associateId(), query[0])
            .isEqualTo(expected);
        assertThat(pages).hasSize(Math.max(1, (expected.size() + PAGE - 1) / PAGE));
        found += expected.size();
      }
      assertThat(found).as("rows matching %s", query[0]).isGreaterThan(PAGE);
    }
  }

  private int firstAppointmentOf(int associateId) {
    return tenant.simulator.store().appointments().all().stream()
        .filter(a -> a.associateId() == associateId)
        .mapToInt(Appointment::id)
        .findFirst()
        .orElseThrow();
  }

  /** Every row of the unindexed query, in its order, keeping the associate's rows. */
  private List<JsonObject> fullScan(int associateId, String filter, String orderBy) {
    SoClient.Reply reply = tenant.client.get(url(filter, orderBy, -1));
    assertThat(reply.status()).isEqualTo(200);
    return reply.json().getJsonArray("value").stream()
        .map(JsonValue::asJsonObject)
        .filter(row -> row.getInt("associateId") == associateId)
        .toList();
  }

  private List<JsonObject> everyPage(int associateId, String filter, String orderBy) {
    return pages(associateId, filter, orderBy).stream().flatMap(List::stream).toList();
  }

  /** The indexed query's pages, followed through {@code odata.nextLink}. */
  private List<List<JsonObject>> pages(int associateId, String filter, String orderBy) {
    List<List<JsonObject>> pages = new ArrayList<>();
    String next = url("associateId eq " + associateId + " and " + filter, orderBy, PAGE);
    while (next != null) {
      JsonObject page = tenant.client.get(next).json();
      pages.add(page.getJsonArray("value").stream().map(JsonValue::asJsonObject).toList());
      URI link =
          page.containsKey("odata.nextLink") ? URI.create(page.getString("odata.nextLink")) : null;
      next = link == null ? null : link.getRawPath() + "?" + link.getRawQuery();
    }
    return pages;
  }

  private String url(String filter, String orderBy, int top) {
    return tenant.api
        + "/Appointment?$select=appointmentId,associateId,date,updatedDate,title"
        + "&$filter="
        + filter.replace(" ", "%20")
        + (orderBy.isEmpty() ? "" : "&$orderBy=" + orderBy.replace(" ", "%20"))
        + (top < 0 ? "" : "&$top=" + top);
  }

  private static List<Integer> keys(List<JsonObject> rows) {
    return rows.stream().map(row -> row.getInt("PrimaryKey")).toList();
  }
}
