package org.exsync.engine.component;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.BookingPolicy;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncReport;
import org.exsync.engine.store.ItemEventKind;
import org.exsync.engine.store.MappingRecord;
import org.exsync.engine.store.PairKey;
import org.exsync.sandbox.data.WorldSizes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bookings through the real adapters and both simulators: a meeting booked in SuperOffice by the
 * linked associate, with a colleague invited, and a meeting someone else organises in Exchange.
 * Each is governed from the side it was organised on.
 */
class BookingSyncTest {

  private Sandboxes sandboxes;

  @BeforeEach
  void world() {
    sandboxes = new Sandboxes(new WorldSizes(2, 0, 0, 0));
  }

  @AfterEach
  void close() {
    sandboxes.close();
  }

  @Test
  void bookingOrganizedInSuperOffice_reachesTheOrganizersMailbox_andAnOutlookEditIsRestored() {
    String crmId = bookInSuperOffice("Board meeting");
    SyncReport first = sandboxes.run(Set.of(ItemKind.DIARY));
    String exchangeId = pair(crmId).exchangeId();

    sandboxes.outlook().edit(exchangeId, Map.of("Subject", "Moved in Outlook"));
    SyncReport restored = sandboxes.run(Set.of(ItemKind.DIARY));
    SyncReport after = sandboxes.run(Set.of(ItemKind.DIARY));

    assertThat(first.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isEqualTo(1);
    assertThat(restored.counts(Side.CRM)).as(restored.toString()).isEqualTo(SideCounts.NONE);
    assertThat(restored.counts(ItemKind.DIARY, Side.EXCHANGE).updated()).isEqualTo(1);
    assertThat(sandboxes.outlook().text(exchangeId, "Subject")).contains("Board meeting");
    assertThat(crmEntity(crmId).getString("Title")).isEqualTo("Board meeting");
    assertThat(sandboxes.store.events)
        .anySatisfy(e -> assertThat(e.kind()).isEqualTo(ItemEventKind.BOOKING_EDIT_REJECTED));
    assertThat(after.counts(Side.CRM)).as(after.toString()).isEqualTo(SideCounts.NONE);
    assertThat(after.counts(Side.EXCHANGE)).isEqualTo(SideCounts.NONE);
  }

  @Test
  void bookingOrganizedInSuperOffice_outlookEditIsSynced_whenTheLinkAcceptsIt() {
    sandboxes.bookingPolicy = BookingPolicy.ACCEPT;
    String crmId = bookInSuperOffice("Board meeting");
    sandboxes.run(Set.of(ItemKind.DIARY));
    String exchangeId = pair(crmId).exchangeId();

    sandboxes.outlook().edit(exchangeId, Map.of("Subject", "Moved in Outlook"));
    SyncReport accepted = sandboxes.run(Set.of(ItemKind.DIARY));

    assertThat(accepted.counts(ItemKind.DIARY, Side.CRM).updated())
        .as(accepted.toString())
        .isEqualTo(1);
    JsonObject booking = crmEntity(crmId);
    assertThat(booking.getString("Title")).isEqualTo("Moved in Outlook");
    assertThat(booking.getInt("MotherId")).isEqualTo(Integer.parseInt(crmId));
    assertThat(booking.getJsonArray("Participants")).hasSize(2);
  }

  @Test
  void bookingOrganizedInSuperOffice_organizersChangeReachesTheCopy() {
    String crmId = bookInSuperOffice("Board meeting");
    sandboxes.run(Set.of(ItemKind.DIARY));
    String exchangeId = pair(crmId).exchangeId();

    sandboxes.tick();
    sandboxes.superOfficeUserSends("PUT", "Appointment/" + crmId, "{\"Location\": \"Board room\"}");
    SyncReport report = sandboxes.run(Set.of(ItemKind.DIARY));

    assertThat(report.counts(ItemKind.DIARY, Side.EXCHANGE).updated())
        .as(report.toString())
        .isEqualTo(1);
    assertThat(sandboxes.outlook().text(exchangeId, "Location")).contains("Board room");
  }

  @Test
  void meetingOrganizedInExchange_staysGovernedFromExchange_andASuperOfficeEditIsRestored() {
    Instant start = Instant.parse("2026-03-12T08:00:00Z");
    String exchangeId =
        sandboxes
            .outlook()
            .createAppointment(
                "Supplier meeting",
                start,
                start.plusSeconds(3600),
                false,
                "W. Europe Standard Time");
    sandboxes.outlook().invitedBy(exchangeId, "boss@supplier.example", "The Boss");
    SyncReport first = sandboxes.run(Set.of(ItemKind.DIARY));
    String crmId = crmIdOf(exchangeId);

    sandboxes.tick();
    sandboxes.superOfficeUserSends("PUT", "Appointment/" + crmId, "{\"Title\": \"My own title\"}");
    SyncReport restored = sandboxes.run(Set.of(ItemKind.DIARY));
    sandboxes.outlook().edit(exchangeId, Map.of("Location", "Their office"));
    SyncReport followed = sandboxes.run(Set.of(ItemKind.DIARY));

    assertThat(first.counts(ItemKind.DIARY, Side.CRM).created()).isEqualTo(1);
    assertThat(restored.counts(Side.EXCHANGE)).as(restored.toString()).isEqualTo(SideCounts.NONE);
    assertThat(restored.counts(ItemKind.DIARY, Side.CRM).updated()).isEqualTo(1);
    assertThat(sandboxes.outlook().text(exchangeId, "Subject")).contains("Supplier meeting");
    assertThat(followed.counts(ItemKind.DIARY, Side.CRM).updated()).isEqualTo(1);
    JsonObject copy = crmEntity(crmId);
    assertThat(copy.getString("Title")).isEqualTo("Supplier meeting");
    assertThat(copy.getString("Location")).isEqualTo("Their office");
    assertThat(copy.getInt("MotherId")).isZero();
  }

  /** The linked associate books a meeting in SuperOffice and invites the other seeded user. */
  private String bookInSuperOffice(String title) {
    int colleague = sandboxes.world.users().get(1).associateId();
    JsonObject mother =
        sandboxes.superOfficeUserSends(
            "POST",
            "Appointment",
            ("{\"Title\": \"%s\", \"StartDate\": \"2026-03-10T09:00:00\", \"EndDate\":"
                    + " \"2026-03-10T10:00:00\", \"Participants\": [{\"AssociateId\": %d}]}")
                .formatted(title, colleague));
    assertThat(mother.getString("BookingType")).isEqualTo("Owner");
    return String.valueOf(mother.getInt("AppointmentId"));
  }

  private JsonObject crmEntity(String crmId) {
    return sandboxes.superOfficeUserSends("GET", "Appointment/" + crmId, "");
  }

  private MappingRecord pair(String crmId) {
    return sandboxes.store.mappings(PairKey.of(1, ItemKind.DIARY)).stream()
        .filter(m -> m.crmId().equals(crmId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("SuperOffice item " + crmId + " was not synced"));
  }

  private String crmIdOf(String exchangeId) {
    return sandboxes.store.mappings(PairKey.of(1, ItemKind.DIARY)).stream()
        .filter(m -> m.exchangeId().equals(exchangeId))
        .map(MappingRecord::crmId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Exchange item " + exchangeId + " was not synced"));
  }
}
