package org.exsync.domain.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * An item changed on both sides between two runs: both versions, the policy that decided and what
 * was kept, so that an admin can see it and take the other version instead.
 */
@Entity
@Table(name = "sync_conflict")
@NamedQuery(
    name = "SyncConflict.recent",
    query = "SELECT c FROM SyncConflict c ORDER BY c.decidedAt DESC, c.id DESC")
@NamedQuery(
    name = "SyncConflict.recentOfLink",
    query =
        "SELECT c FROM SyncConflict c WHERE c.pair.linkId = :link"
            + " ORDER BY c.decidedAt DESC, c.id DESC")
@NamedQuery(
    name = "SyncConflict.requestedOverrides",
    query =
        "SELECT c FROM SyncConflict c WHERE c.pair.linkId = :link AND c.pair.kind = :kind"
            + " AND c.pair.scope = :scope"
            + " AND c.overrideState = org.exsync.domain.mapping.OverrideState.REQUESTED"
            + " ORDER BY c.overriddenAt, c.id")
public class SyncConflict {

  public static final int TITLE_LENGTH = 500;
  public static final int ADMIN_LENGTH = 200;
  public static final int NOTE_LENGTH = 2000;

  @Id
  @SequenceGenerator(
      name = "sync_conflict_seq",
      sequenceName = "sync_conflict_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_conflict_seq")
  @Column(name = "id")
  private Long id;

  @Embedded private SyncPair pair;

  @Column(name = "crm_id", nullable = false, length = ItemMapping.CRM_ID_LENGTH)
  private String crmId;

  @Column(name = "exchange_id", nullable = false, length = ItemMapping.EXCHANGE_ID_LENGTH)
  private String exchangeId;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "crm_snapshot", nullable = false, length = ItemMapping.SNAPSHOT_LENGTH)
  private String crmSnapshot;

  @Column(name = "exchange_snapshot", nullable = false, length = ItemMapping.SNAPSHOT_LENGTH)
  private String exchangeSnapshot;

  @Enumerated(EnumType.STRING)
  @Column(name = "policy", nullable = false, length = 32)
  private ConflictPolicy policy;

  /** The engine's ConflictOutcome by name: CRM_KEPT, EXCHANGE_KEPT or MERGED. */
  @Column(name = "outcome", nullable = false, length = 32)
  private String outcome;

  @Column(name = "result_snapshot", nullable = false, length = ItemMapping.SNAPSHOT_LENGTH)
  private String resultSnapshot;

  @Column(name = "decided_at_utc", nullable = false)
  private LocalDateTime decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_side", length = 32)
  private Side overrideSide;

  @Column(name = "overridden_at_utc")
  private LocalDateTime overriddenAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_state", length = 32)
  private OverrideState overrideState;

  @Column(name = "overridden_by", length = ADMIN_LENGTH)
  private String overriddenBy;

  @Column(name = "override_note", length = NOTE_LENGTH)
  private String overrideNote;

  @Column(name = "override_settled_at_utc")
  private LocalDateTime overrideSettledAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SyncConflict() {}

  public SyncConflict(
      SyncPair pair,
      String crmId,
      String exchangeId,
      String title,
      Versions versions,
      ConflictPolicy policy,
      String outcome,
      Instant decidedAt) {
    this.pair = Require.present(pair, "pair");
    this.crmId = Require.text(crmId, "crmId", ItemMapping.CRM_ID_LENGTH);
    this.exchangeId = Require.text(exchangeId, "exchangeId", ItemMapping.EXCHANGE_ID_LENGTH);
    this.title =
        Require.clipped(title == null || title.isBlank() ? "(no title)" : title, TITLE_LENGTH);
    Require.present(versions, "versions");
    this.crmSnapshot =
        ItemMapping.exact(versions.crm(), "crmSnapshot", ItemMapping.SNAPSHOT_LENGTH);
    this.exchangeSnapshot =
        ItemMapping.exact(versions.exchange(), "exchangeSnapshot", ItemMapping.SNAPSHOT_LENGTH);
    this.resultSnapshot =
        ItemMapping.exact(versions.result(), "resultSnapshot", ItemMapping.SNAPSHOT_LENGTH);
    this.policy = Require.present(policy, "policy");
    this.outcome = Require.text(outcome, "outcome", 32);
    this.decidedAt = Utc.toColumn(Require.present(decidedAt, "decidedAt"));
  }

  /**
   * The admin takes one side's version instead of the policy's choice; the link's next run writes
   * it to both sides. A conflict is overridden once: what the run settled stays as the record.
   *
   * @throws IllegalStateException when it was overridden already, or the side is the version the
   *     policy kept, which both sides hold already
   */
  public void requestOverride(Side side, String admin, Instant now) {
    Require.present(side, "side");
    if (overrideState != null) {
      throw new IllegalStateException(
          "This conflict was overridden already (taking the "
              + sideName(overrideSide)
              + " version, "
              + overrideState.name().toLowerCase(java.util.Locale.ROOT)
              + "); a conflict is overridden once");
    }
    if (kept().filter(side::equals).isPresent()) {
      throw new IllegalStateException(
          "The "
              + sideName(side)
              + " version is the one the policy kept, and both sides hold it already");
    }
    this.overrideSide = side;
    this.overriddenBy =
        Require.clipped(admin == null || admin.isBlank() ? "admin" : admin, ADMIN_LENGTH);
    this.overriddenAt = Utc.toColumn(Require.present(now, "now"));
    this.overrideState = OverrideState.REQUESTED;
    this.overrideNote = null;
    this.overrideSettledAt = null;
  }

  /** A run settled the requested override: applied, or refused with the reason in the note. */
  public void settleOverride(boolean applied, String note, Instant at) {
    if (overrideState != OverrideState.REQUESTED) {
      throw new IllegalStateException(
          "Conflict " + id + " has no override waiting, its state is " + overrideState);
    }
    this.overrideState = applied ? OverrideState.APPLIED : OverrideState.REFUSED;
    this.overrideNote = Require.clipped(Require.present(note, "note"), NOTE_LENGTH);
    this.overrideSettledAt = Utc.toColumn(Require.present(at, "at"));
  }

  /** The side whose version the policy kept; empty for a merge, which took from both. */
  public Optional<Side> kept() {
    return switch (outcome) {
      case "CRM_KEPT" -> Optional.of(Side.CRM);
      case "EXCHANGE_KEPT" -> Optional.of(Side.EXCHANGE);
      default -> Optional.empty();
    };
  }

  private static String sideName(Side side) {
    return side == Side.CRM ? "SuperOffice" : "Exchange";
  }

  public Long getId() {
    return id;
  }

  public SyncPair getPair() {
    return pair;
  }

  public String getCrmId() {
    return crmId;
  }

  public String getExchangeId() {
    return exchangeId;
  }

  public String getTitle() {
    return title;
  }

  public Versions versions() {
    return new Versions(crmSnapshot, exchangeSnapshot, resultSnapshot);
  }

  public ConflictPolicy getPolicy() {
    return policy;
  }

  public String getOutcome() {
    return outcome;
  }

  public Instant getDecidedAt() {
    return Utc.fromColumn(decidedAt);
  }

  public Optional<Side> getOverrideSide() {
    return Optional.ofNullable(overrideSide);
  }

  public Optional<Instant> getOverriddenAt() {
    return Optional.ofNullable(Utc.fromColumn(overriddenAt));
  }

  public Optional<OverrideState> getOverrideState() {
    return Optional.ofNullable(overrideState);
  }

  public Optional<String> getOverriddenBy() {
    return Optional.ofNullable(overriddenBy);
  }

  public Optional<String> getOverrideNote() {
    return Optional.ofNullable(overrideNote);
  }

  public Optional<Instant> getOverrideSettledAt() {
    return Optional.ofNullable(Utc.fromColumn(overrideSettledAt));
  }

  /** Changes with every override and settlement, so an admin's override names what they saw. */
  public long getVersion() {
    return version;
  }

  /** SuperOffice's version, Exchange's version and what was written to both, as snapshots. */
  public record Versions(String crm, String exchange, String result) {}
}
