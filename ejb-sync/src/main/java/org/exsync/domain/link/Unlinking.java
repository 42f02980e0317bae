package org.exsync.domain.link;

import jakarta.persistence.Column;
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
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * An admin's request to unlink an associate from a mailbox, kept after the link is gone: who, when,
 * and whether the synced items stay or are removed. A removal is done when the sync engine has
 * removed the items from the mailbox, and stamps this record.
 */
@Entity
@Table(name = "sync_unlinking")
@NamedQuery(
    name = "Unlinking.findPendingRemovals",
    query =
        "SELECT u FROM Unlinking u WHERE u.syncedItems = org.exsync.domain.link.SyncedItems.REMOVE"
            + " AND u.itemsRemovedAt IS NULL ORDER BY u.requestedAt, u.id")
@NamedQuery(
    name = "Unlinking.findByLinkId",
    query = "SELECT u FROM Unlinking u WHERE u.linkId = :linkId ORDER BY u.requestedAt DESC, u.id")
public class Unlinking {

  static final int NAME_LENGTH = 255;

  @Id
  @SequenceGenerator(
      name = "sync_unlinking_seq",
      sequenceName = "sync_unlinking_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_unlinking_seq")
  @Column(name = "id")
  private Long id;

  @Column(name = "link_id", nullable = false, updatable = false)
  private long linkId;

  @Column(name = "associate_crm_id", nullable = false, updatable = false)
  private int associateCrmId;

  @Column(name = "associate_name", nullable = false, updatable = false, length = NAME_LENGTH)
  private String associateName;

  @Column(
      name = "mailbox_smtp",
      nullable = false,
      updatable = false,
      length = EmailAddresses.MAX_LENGTH)
  private String mailboxSmtp;

  @Enumerated(EnumType.STRING)
  @Column(name = "synced_items", nullable = false, updatable = false, length = 16)
  private SyncedItems syncedItems;

  @Column(name = "requested_at_utc", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  @Column(name = "requested_by", nullable = false, updatable = false, length = NAME_LENGTH)
  private String requestedBy;

  @Column(name = "items_removed_at_utc")
  private LocalDateTime itemsRemovedAt;

  @Column(name = "items_removed")
  private Integer itemsRemoved;

  protected Unlinking() {}

  /** The record of unlinking this link, asked for now by the named admin. */
  public Unlinking(SyncLink link, SyncedItems syncedItems, String requestedBy, Instant now) {
    Require.present(link, "link");
    this.linkId = Require.present(link.getId(), "link id");
    this.associateCrmId = link.getAssociate().getCrmId();
    this.associateName = Require.clipped(link.getAssociate().getName(), NAME_LENGTH);
    this.mailboxSmtp = link.getMailbox().getSmtpAddress();
    this.syncedItems = Require.present(syncedItems, "syncedItems");
    this.requestedBy = Require.text(requestedBy, "requestedBy", NAME_LENGTH);
    this.requestedAt = Utc.toColumn(Require.present(now, "now"));
  }

  /**
   * The engine removed the synced items from the mailbox.
   *
   * @param count how many items it deleted
   */
  public void itemsRemoved(int count, Instant now) {
    if (syncedItems != SyncedItems.REMOVE) {
      throw new IllegalStateException(
          "Unlinking " + id + " keeps the synced items; there is nothing to remove");
    }
    if (count < 0) {
      throw new IllegalArgumentException("A count of removed items cannot be negative: " + count);
    }
    itemsRemovedAt = Utc.toColumn(Require.present(now, "now"));
    itemsRemoved = count;
  }

  /** Whether the synced items are still to be removed. */
  public boolean isRemovalPending() {
    return syncedItems == SyncedItems.REMOVE && itemsRemovedAt == null;
  }

  public Long getId() {
    return id;
  }

  public long getLinkId() {
    return linkId;
  }

  public int getAssociateCrmId() {
    return associateCrmId;
  }

  public String getAssociateName() {
    return associateName;
  }

  public String getMailboxSmtp() {
    return mailboxSmtp;
  }

  public SyncedItems getSyncedItems() {
    return syncedItems;
  }

  public Instant getRequestedAt() {
    return Utc.fromColumn(requestedAt);
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Optional<Instant> getItemsRemovedAt() {
    return Optional.ofNullable(Utc.fromColumn(itemsRemovedAt));
  }

  /** How many items the engine deleted from the mailbox, once it is done. */
  public Optional<Integer> getItemsRemoved() {
    return Optional.ofNullable(itemsRemoved);
  }
}
