package org.exsync.domain.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * Where the next run of a sync pair picks up: the Exchange folder's sync state, the latest
 * SuperOffice change applied, the window the sync state covers, and the ids whose change failed in
 * a way worth another try.
 */
@Entity
@Table(name = "sync_cursor")
@NamedQuery(
    name = "SyncCursor.findByPair",
    query =
        "SELECT c FROM SyncCursor c WHERE c.pair.linkId = :link AND c.pair.kind = :kind"
            + " AND c.pair.scope = :scope")
public class SyncCursor {

  /** EWS SyncState values grow with the folder; this is the column's size. */
  public static final int EXCHANGE_SYNC_STATE_LENGTH = 65535;

  static final int RETRIES_LENGTH = 1_000_000;

  @Id
  @SequenceGenerator(
      name = "sync_cursor_seq",
      sequenceName = "sync_cursor_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_cursor_seq")
  @Column(name = "id")
  private Long id;

  @Embedded private SyncPair pair;

  @Column(name = "exchange_sync_state", length = EXCHANGE_SYNC_STATE_LENGTH)
  private String exchangeSyncState;

  @Column(name = "crm_watermark_utc")
  private LocalDateTime crmWatermark;

  @Column(name = "window_start_utc")
  private LocalDateTime windowStart;

  @Column(name = "window_end_utc")
  private LocalDateTime windowEnd;

  @Column(name = "crm_retries", nullable = false, length = RETRIES_LENGTH)
  private String crmRetries;

  @Column(name = "exchange_retries", nullable = false, length = RETRIES_LENGTH)
  private String exchangeRetries;

  protected SyncCursor() {}

  /** A cursor at the very beginning: the next run reads both sides in full. */
  public SyncCursor(SyncPair pair) {
    this.pair = Require.present(pair, "pair");
    this.crmRetries = "";
    this.exchangeRetries = "";
  }

  /**
   * Moves the cursor to where a committed batch left the pair.
   *
   * @param windowStart with windowEnd the span the Exchange sync state covers, or both null
   */
  public void moveTo(
      String exchangeSyncState,
      Instant crmWatermark,
      Instant windowStart,
      Instant windowEnd,
      Set<String> crmRetries,
      Set<String> exchangeRetries) {
    if ((windowStart == null) != (windowEnd == null)
        || (windowStart != null && !windowEnd.isAfter(windowStart))) {
      throw new IllegalArgumentException(
          "A cursor's window needs a start before its end, got " + windowStart + "/" + windowEnd);
    }
    String checkedState =
        Require.optionalText(exchangeSyncState, "exchangeSyncState", EXCHANGE_SYNC_STATE_LENGTH);
    String checkedCrmRetries = joined(crmRetries, "crmRetries");
    String checkedExchangeRetries = joined(exchangeRetries, "exchangeRetries");
    this.exchangeSyncState = checkedState;
    this.crmWatermark = Utc.toColumn(crmWatermark);
    this.windowStart = Utc.toColumn(windowStart);
    this.windowEnd = Utc.toColumn(windowEnd);
    this.crmRetries = checkedCrmRetries;
    this.exchangeRetries = checkedExchangeRetries;
  }

  public Long getId() {
    return id;
  }

  public SyncPair getPair() {
    return pair;
  }

  /** The opaque Exchange sync state; empty before the first run. */
  public Optional<String> getExchangeSyncState() {
    return Optional.ofNullable(exchangeSyncState);
  }

  /** The time of the latest SuperOffice change already seen; empty before the first run. */
  public Optional<Instant> getCrmWatermark() {
    return Optional.ofNullable(Utc.fromColumn(crmWatermark));
  }

  public Optional<Instant> getWindowStart() {
    return Optional.ofNullable(Utc.fromColumn(windowStart));
  }

  public Optional<Instant> getWindowEnd() {
    return Optional.ofNullable(Utc.fromColumn(windowEnd));
  }

  public Set<String> getCrmRetries() {
    return split(crmRetries);
  }

  public Set<String> getExchangeRetries() {
    return split(exchangeRetries);
  }

  /** Ids never hold a line break (SuperOffice's are numbers, Exchange's base64). */
  private static String joined(Set<String> ids, String field) {
    Set<String> sorted = new TreeSet<>(ids == null ? Set.of() : ids);
    for (String id : sorted) {
      if (id.isBlank() || id.contains("\n")) {
        throw new IllegalArgumentException(
            field + " holds an id that is blank or has a line break");
      }
    }
    String joined = String.join("\n", sorted);
    if (joined.length() > RETRIES_LENGTH) {
      throw new IllegalArgumentException(
          field + " holds " + sorted.size() + " ids, more than its column takes");
    }
    return joined;
  }

  private static Set<String> split(String joined) {
    return joined == null || joined.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(joined.split("\n"))));
  }

  @Override
  public String toString() {
    return "SyncCursor[id="
        + id
        + ", "
        + pair
        + ", crmWatermark="
        + Utc.fromColumn(crmWatermark)
        + "]";
  }
}
