package org.exsync.domain.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.associate.Associate;
import org.exsync.domain.shared.EmailAddresses;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * An invitation to an associate to consent to Exsync. It carries two single-use credentials: the
 * token in the mailed link and a short code to type on the registration page.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = "Invitation.findByLinkToken",
    query = "SELECT i FROM Invitation i WHERE i.linkToken = :linkToken")
@NamedQuery(
    name = "Invitation.findByCode",
    query = "SELECT i FROM Invitation i WHERE i.code = :code")
@NamedQuery(
    name = "Invitation.findByAssociate",
    query =
        "SELECT i FROM Invitation i WHERE i.associate = :associate ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(
    name = "Invitation.findByEmail",
    query =
        "SELECT i FROM Invitation i WHERE i.email = :email ORDER BY i.createdAt DESC, i.id DESC")
@NamedQuery(
    name = "Invitation.findMailDue",
    query =
        "SELECT i FROM Invitation i WHERE i.mail.nextSendAt <= :now AND i.status NOT IN"
            + " (org.exsync.domain.invitation.InvitationStatus.ACCEPTED,"
            + " org.exsync.domain.invitation.InvitationStatus.EXPIRED,"
            + " org.exsync.domain.invitation.InvitationStatus.REPLACED)"
            + " ORDER BY i.mail.nextSendAt, i.id")
@NamedQuery(
    name = "Invitation.findOpenExpiredAt",
    query =
        "SELECT i FROM Invitation i WHERE i.expiresAt <= :now AND i.status NOT IN"
            + " (org.exsync.domain.invitation.InvitationStatus.ACCEPTED,"
            + " org.exsync.domain.invitation.InvitationStatus.EXPIRED,"
            + " org.exsync.domain.invitation.InvitationStatus.REPLACED) ORDER BY i.expiresAt")
public class Invitation {

  static final int FAILURE_REASON_LENGTH = 2000;

  @Id
  @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "associate_id", nullable = false, updatable = false)
  private Associate associate;

  @Column(name = "email", nullable = false, updatable = false, length = EmailAddresses.MAX_LENGTH)
  private String email;

  @Column(
      name = "link_token",
      nullable = false,
      unique = true,
      updatable = false,
      length = InvitationCredentials.LINK_TOKEN_MAX_LENGTH)
  private String linkToken;

  @Column(
      name = "code",
      nullable = false,
      unique = true,
      updatable = false,
      length = InvitationCredentials.CODE_MAX_LENGTH)
  private String code;

  @Column(name = "language", nullable = false, updatable = false, length = 16)
  private String language;

  @Column(name = "created_at_utc", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "sent_at_utc")
  private LocalDateTime sentAt;

  @Column(name = "expires_at_utc", nullable = false, updatable = false)
  private LocalDateTime expiresAt;

  @Column(name = "accepted_at_utc")
  private LocalDateTime acceptedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private InvitationStatus status;

  @Column(name = "failure_reason", length = FAILURE_REASON_LENGTH)
  private String failureReason;

  @Embedded private InvitationWording wording;

  @Column(name = "opened_at_utc")
  private LocalDateTime openedAt;

  @Column(name = "accepted_upn", length = EmailAddresses.MAX_LENGTH)
  private String acceptedUpn;

  @Embedded private MailQueue mail;

  @Embedded private CodeAttempts codeAttempts;

  protected Invitation() {}

  /**
   * A new invitation. The language is a lower-case ISO 639 code such as "en", "nl" or "nb"; the
   * expiry must lie after the creation.
   */
  public Invitation(
      Associate associate,
      String email,
      String linkToken,
      String code,
      String language,
      Instant createdAt,
      Instant expiresAt) {
    this(
        associate,
        email,
        new InvitationSecrets(linkToken, code),
        language,
        createdAt,
        expiresAt,
        new InvitationWording(InvitationPurpose.INVITATION, null, null));
  }

  /**
   * A new invitation with its purpose and the words of its mail: the sender's name ("Your Name")
   * and the admin's own text, either of which may be empty.
   */
  public Invitation(
      Associate associate,
      String email,
      InvitationSecrets credentials,
      String language,
      Instant createdAt,
      Instant expiresAt,
      InvitationWording wording) {
    Require.present(credentials, "credentials");
    Require.present(wording, "wording");
    String linkToken = credentials.linkToken();
    String code = credentials.code();
    this.wording = wording;
    this.mail = new MailQueue();
    this.codeAttempts = new CodeAttempts();
    this.associate = Require.present(associate, "associate");
    this.email = EmailAddresses.normalize(email, "email");
    this.linkToken = InvitationCredentials.checkLinkToken(linkToken);
    this.code = InvitationCredentials.checkCode(code);
    this.language = InvitationCredentials.checkLanguage(language);
    Require.present(createdAt, "createdAt");
    Require.present(expiresAt, "expiresAt");
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException(
          "expiresAt must lie after createdAt (" + createdAt + "), got " + expiresAt);
    }
    this.createdAt = Utc.toColumn(createdAt);
    this.expiresAt = Utc.toColumn(expiresAt);
    this.status = InvitationStatus.CREATED;
  }

  /** Puts the invitation's mail in the queue, to go out at once. */
  public void queueMail(Instant now) {
    requireOpen("send", now);
    mail().queue(now);
  }

  /** Whether the invitation's mail waits to be sent at that moment. */
  public boolean isMailDueAt(Instant now) {
    return !status.isFinal() && mail().dueAt(now);
  }

  /** The mail went out. Sending again after a failure is allowed. */
  public void markSent(Instant now) {
    requireOpen("mark as sent", now);
    sentAt = Utc.toColumn(now);
    failureReason = null;
    mail().sent();
    if (status != InvitationStatus.OPENED) {
      status = InvitationStatus.SENT;
    }
  }

  /** The mail could not be sent, and is not tried again. */
  public void markFailed(String reason, Instant now) {
    markFailed(reason, now, null);
  }

  /** The mail could not be sent; it is tried again at retryAt, or never when that is null. */
  public void markFailed(String reason, Instant now, Instant retryAt) {
    requireOpen("mark as failed", now);
    Require.text(reason, "reason", Integer.MAX_VALUE);
    failureReason = Require.clipped(reason, FAILURE_REASON_LENGTH);
    mail().failed(retryAt);
    if (status != InvitationStatus.OPENED) {
      status = InvitationStatus.FAILED;
    }
  }

  /** The associate opened the registration page with this invitation's link or code. */
  public void markOpened(Instant now) {
    requireOpen("open", now);
    if (openedAt == null) {
      openedAt = Utc.toColumn(now);
    }
    status = InvitationStatus.OPENED;
  }

  /** The associate consented; an invitation can be accepted once, before it expires. */
  public void accept(Instant now) {
    requireOpen("accept", now);
    acceptedAt = Utc.toColumn(now);
    status = InvitationStatus.ACCEPTED;
    mail().cancel();
    codeAttempts().succeeded();
  }

  /** The associate consented, signed in as the given account. */
  public void accept(Instant now, String signedInUpn) {
    String upn = EmailAddresses.normalize(signedInUpn, "signedInUpn");
    accept(now);
    acceptedUpn = upn;
  }

  /** A newer invitation for the same associate takes this one's place. */
  public void replace() {
    if (status == InvitationStatus.ACCEPTED) {
      throw new IllegalStateException(
          "Invitation "
              + id
              + " for "
              + email
              + " was accepted at "
              + Utc.fromColumn(acceptedAt)
              + " and cannot be replaced");
    }
    status = InvitationStatus.REPLACED;
    mail().cancel();
  }

  /** Records that the invitation ran out without being accepted. */
  public void expire(Instant now) {
    if (status.isFinal()) {
      throw new IllegalStateException(
          "Invitation " + id + " for " + email + " is " + status + " and cannot expire");
    }
    if (!isExpiredAt(now)) {
      throw new IllegalStateException(
          "Invitation "
              + id
              + " for "
              + email
              + " runs until "
              + getExpiresAt()
              + " and cannot expire at "
              + now);
    }
    status = InvitationStatus.EXPIRED;
    mail().cancel();
  }

  /** Whether the expiry has been reached at that moment, whatever the status says. */
  public boolean isExpiredAt(Instant now) {
    return !Require.present(now, "now").isBefore(getExpiresAt());
  }

  private void requireOpen(String action, Instant now) {
    if (status.isFinal()) {
      String when =
          status == InvitationStatus.ACCEPTED ? " at " + getAcceptedAt().orElseThrow() : "";
      throw new IllegalStateException(
          "Cannot "
              + action
              + " invitation "
              + id
              + " for "
              + email
              + ": it is already "
              + status
              + when);
    }
    if (isExpiredAt(now)) {
      throw new IllegalStateException(
          "Cannot "
              + action
              + " invitation "
              + id
              + " for "
              + email
              + ": it expired at "
              + getExpiresAt()
              + "; send a new invitation");
    }
  }

  /** An embedded value whose columns are all null reads back as none; it behaves as empty. */
  private MailQueue mail() {
    if (mail == null) {
      mail = new MailQueue();
    }
    return mail;
  }

  private CodeAttempts codeAttempts() {
    if (codeAttempts == null) {
      codeAttempts = new CodeAttempts();
    }
    return codeAttempts;
  }

  public Long getId() {
    return id;
  }

  public Associate getAssociate() {
    return associate;
  }

  /** The lower-case address the invitation was sent to. */
  public String getEmail() {
    return email;
  }

  /** The secret in the mailed link; never log it. */
  public String getLinkToken() {
    return linkToken;
  }

  /** The short code to type on the registration page; never log it. */
  public String getCode() {
    return code;
  }

  public String getLanguage() {
    return language;
  }

  public Instant getCreatedAt() {
    return Utc.fromColumn(createdAt);
  }

  public Optional<Instant> getSentAt() {
    return Optional.ofNullable(Utc.fromColumn(sentAt));
  }

  public Instant getExpiresAt() {
    return Utc.fromColumn(expiresAt);
  }

  public Optional<Instant> getAcceptedAt() {
    return Optional.ofNullable(Utc.fromColumn(acceptedAt));
  }

  public InvitationStatus getStatus() {
    return status;
  }

  public Optional<String> getFailureReason() {
    return Optional.ofNullable(failureReason);
  }

  public InvitationPurpose getPurpose() {
    return wording.getPurpose();
  }

  /** What the invitation is for and the words of its mail. */
  public InvitationWording getWording() {
    return wording;
  }

  /** The mail's place in the queue: tries made and the next one. */
  public MailQueue getMailQueue() {
    return mail();
  }

  /** Wrong codes typed for this invitation and the lockout they led to. */
  public CodeAttempts getCodeAttempts() {
    return codeAttempts();
  }

  public Optional<Instant> getOpenedAt() {
    return Optional.ofNullable(Utc.fromColumn(openedAt));
  }

  /** The account the associate signed in with when accepting, in lower case. */
  public Optional<String> getAcceptedUpn() {
    return Optional.ofNullable(acceptedUpn);
  }

  /** Whether the associate accepted with an account other than the invited address. */
  public boolean acceptedWithOtherAddress() {
    return acceptedUpn != null && !acceptedUpn.equals(email);
  }

  @Override
  public String toString() {
    return "Invitation[id="
        + id
        + ", email="
        + email
        + ", status="
        + status
        + ", expiresAt="
        + getExpiresAt()
        + "]";
  }
}
