package org.exsync.domain.grant;

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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.exsync.domain.mailbox.Mailbox;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * Permission for Exsync to act on a mailbox. The secret (refresh token, client secret or password)
 * is held only as AES-GCM ciphertext; this entity never sees it in plain text and never prints it.
 * The version guards against two instances saving different rotations of one refresh token.
 */
@Entity
@Table(name = "access_grant")
@NamedQuery(
    name = "Grant.findByMailbox",
    query = "SELECT g FROM Grant g WHERE g.mailbox = :mailbox ORDER BY g.updatedAt DESC, g.id DESC")
@NamedQuery(
    name = "Grant.findByAccountUpn",
    query =
        "SELECT g FROM Grant g WHERE g.account.upn = :upn AND g.kind = :kind"
            + " ORDER BY g.updatedAt DESC, g.id DESC")
@NamedQuery(
    name = "Grant.findByStatus",
    query = "SELECT g FROM Grant g WHERE g.status = :status ORDER BY g.updatedAt, g.id")
public class Grant {

  static final int KEY_ID_LENGTH = 100;
  static final int LAST_ERROR_LENGTH = 2000;

  @Id
  @SequenceGenerator(
      name = "access_grant_seq",
      sequenceName = "access_grant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_grant_seq")
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "mailbox_id", nullable = false, updatable = false)
  private Mailbox mailbox;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private GrantKind kind;

  @Column(name = "secret_ciphertext", nullable = false, length = SecretCiphertext.MAX_LENGTH)
  private String secretCiphertext;

  @Column(name = "secret_key_id", nullable = false, length = KEY_ID_LENGTH)
  private String secretKeyId;

  @Column(name = "scopes", nullable = false, length = Scopes.MAX_LENGTH)
  private String scopes;

  @Column(name = "expires_at_utc")
  private LocalDateTime expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private GrantStatus status;

  @Column(name = "last_error", length = LAST_ERROR_LENGTH)
  private String lastError;

  @Column(name = "updated_at_utc", nullable = false)
  private LocalDateTime updatedAt;

  @Embedded private SignedInAccount account;

  @Embedded private GrantNotices notices;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Grant() {}

  /**
   * A valid grant. OAuth grants (delegated and app-only) need at least one scope; a null expiry
   * means the secret does not expire by itself, otherwise it must lie after now.
   */
  public Grant(
      Mailbox mailbox,
      GrantKind kind,
      String secretCiphertext,
      String secretKeyId,
      Set<String> scopes,
      Instant expiresAt,
      Instant now) {
    this.mailbox = Require.present(mailbox, "mailbox");
    this.kind = Require.present(kind, "kind");
    store(secretCiphertext, secretKeyId, scopes, expiresAt, now);
  }

  /**
   * Takes a new secret, for example a rotated refresh token or the one a user's new consent
   * produced, and makes the grant valid again.
   */
  public void renew(
      String secretCiphertext,
      String secretKeyId,
      Set<String> scopes,
      Instant expiresAt,
      Instant now) {
    requireNotRevoked("renew");
    store(secretCiphertext, secretKeyId, scopes, expiresAt, now);
    notices().consentRenewed();
  }

  /** Stores the same secret encrypted under another key; status and expiry stay as they are. */
  public void reencrypt(String secretCiphertext, String secretKeyId, Instant now) {
    requireNotRevoked("re-encrypt");
    String checkedKeyId = Require.text(secretKeyId, "secretKeyId", KEY_ID_LENGTH);
    this.secretCiphertext = SecretCiphertext.check(secretCiphertext);
    this.secretKeyId = checkedKeyId;
    touch(now);
  }

  /** The identity platform refused the secret, for example with invalid_grant. */
  public void markNeedsReauthentication(String reason, Instant now) {
    requireNotRevoked("mark as needing re-authentication");
    Require.text(reason, "reason", Integer.MAX_VALUE);
    status = GrantStatus.NEEDS_REAUTHENTICATION;
    lastError = Require.clipped(reason, LAST_ERROR_LENGTH);
    touch(now);
  }

  /** Records the Microsoft account whose consent this grant holds. */
  public void recordAccount(SignedInAccount signedIn) {
    this.account = Require.present(signedIn, "account");
  }

  /** Whether the user may be mailed about re-authenticating now, at most once per period. */
  public boolean reauthenticationMailDue(Instant now, Duration period) {
    return status == GrantStatus.NEEDS_REAUTHENTICATION && notices().reauthMailDue(now, period);
  }

  public void recordReauthenticationMail(Instant now) {
    notices().reauthMailed(now);
  }

  /** Whether the admin should hear of this grant's failure now, at most once per quiet period. */
  public boolean failureAlertDue(Instant now, Duration quietPeriod) {
    return status == GrantStatus.NEEDS_REAUTHENTICATION
        && notices().failureAlertDue(now, quietPeriod);
  }

  /** Whether the admin was told of a failure and not yet of the recovery. */
  public boolean recoveryNoticeDue() {
    return status == GrantStatus.VALID && notices().recoveryNoticeDue();
  }

  public void recordAdminAlert(GrantNotices.AdminAlert alert, Instant now) {
    notices().adminAlerted(alert, now);
  }

  private GrantNotices notices() {
    if (notices == null) {
      notices = new GrantNotices();
    }
    return notices;
  }

  /** Withdraws the grant for good; revoking a revoked grant changes nothing. */
  public void revoke(Instant now) {
    if (status != GrantStatus.REVOKED) {
      status = GrantStatus.REVOKED;
      touch(now);
    }
  }

  /** Whether Exsync may use the secret at that moment. */
  public boolean isUsableAt(Instant now) {
    Instant expiry = Utc.fromColumn(expiresAt);
    return status == GrantStatus.VALID && (expiry == null || now.isBefore(expiry));
  }

  private void store(
      String ciphertext, String keyId, Set<String> grantedScopes, Instant expiry, Instant now) {
    Require.present(now, "now");
    if (expiry != null && !expiry.isAfter(now)) {
      throw new IllegalArgumentException(
          "expiresAt must lie after now (" + now + "), got " + expiry);
    }
    String joined = Scopes.join(grantedScopes);
    if (joined.isEmpty() && kind != GrantKind.SERVICE_ACCOUNT) {
      throw new IllegalArgumentException("scopes must not be empty for a " + kind + " grant");
    }
    String checkedKeyId = Require.text(keyId, "secretKeyId", KEY_ID_LENGTH);
    this.secretCiphertext = SecretCiphertext.check(ciphertext);
    this.secretKeyId = checkedKeyId;
    this.scopes = joined;
    this.expiresAt = Utc.toColumn(expiry);
    this.status = GrantStatus.VALID;
    this.lastError = null;
    touch(now);
  }

  private void touch(Instant now) {
    updatedAt = Utc.toColumn(Require.present(now, "now"));
  }

  private void requireNotRevoked(String action) {
    if (status == GrantStatus.REVOKED) {
      throw new IllegalStateException(
          "Cannot "
              + action
              + " grant "
              + id
              + " for "
              + mailbox.getSmtpAddress()
              + ": it was revoked at "
              + Utc.fromColumn(updatedAt)
              + "; create a new grant");
    }
  }

  public Long getId() {
    return id;
  }

  public Mailbox getMailbox() {
    return mailbox;
  }

  public GrantKind getKind() {
    return kind;
  }

  /** Base64 of the AES-GCM ciphertext; only the secret store can turn it into the secret. */
  public String getSecretCiphertext() {
    return secretCiphertext;
  }

  /** Which encryption key produced the ciphertext, so keys can be rotated. */
  public String getSecretKeyId() {
    return secretKeyId;
  }

  public Set<String> getScopes() {
    return Scopes.split(scopes);
  }

  /** When the secret stops working by itself; empty if it does not expire. */
  public Optional<Instant> getExpiresAt() {
    return Optional.ofNullable(Utc.fromColumn(expiresAt));
  }

  public GrantStatus getStatus() {
    return status;
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }

  public Instant getUpdatedAt() {
    return Utc.fromColumn(updatedAt);
  }

  /** The account that consented, for delegated grants made through the registration pages. */
  public Optional<SignedInAccount> getAccount() {
    return account == null || !account.isRecorded() ? Optional.empty() : Optional.of(account);
  }

  /** When the user and the admin were last told about this grant. */
  public GrantNotices getNotices() {
    return notices();
  }

  @Override
  public String toString() {
    return "Grant[id="
        + id
        + ", mailbox="
        + mailbox.getSmtpAddress()
        + ", kind="
        + kind
        + ", status="
        + status
        + ", secretKeyId="
        + secretKeyId
        + ", expiresAt="
        + Utc.fromColumn(expiresAt)
        + "]";
  }
}
