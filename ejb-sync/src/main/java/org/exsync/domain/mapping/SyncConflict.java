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
public class SyncConflict {

  public static final int TITLE_LENGTH = 500;

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
   * The admin takes one side's version instead of the policy's choice; the next run writes it to
   * the other side.
   */
  public void overrideWith(Side side, Instant now) {
    this.overrideSide = Require.present(side, "side");
    this.overriddenAt = Utc.toColumn(Require.present(now, "now"));
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

  /** SuperOffice's version, Exchange's version and what was written to both, as snapshots. */
  public record Versions(String crm, String exchange, String result) {}
}
