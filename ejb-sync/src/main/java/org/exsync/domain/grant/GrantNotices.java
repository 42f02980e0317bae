package org.exsync.domain.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * When Exsync last told somebody about a grant's health: the user (a re-authentication mail) and
 * the admin (a failure alert, later a recovery notice). Keeps notifications to at most one per
 * period however often a grant fails. Only {@link Grant} changes it.
 */
@Embeddable
public class GrantNotices {

  /** What the admin was last told. */
  public enum AdminAlert {
    FAILURE,
    RECOVERY
  }

  @Column(name = "reauth_mailed_at_utc")
  private LocalDateTime reauthMailedAt;

  @Column(name = "admin_alerted_at_utc")
  private LocalDateTime adminAlertedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "admin_alert_state", length = 32)
  private AdminAlert adminAlert;

  /** Whether a re-authentication mail may go out now, at most one per period. */
  boolean reauthMailDue(Instant now, Duration period) {
    return lastOutside(reauthMailedAt, now, period);
  }

  /** A new consent ends the breakage the last mail was about; the next breakage mails again. */
  void consentRenewed() {
    reauthMailedAt = null;
  }

  void reauthMailed(Instant now) {
    reauthMailedAt = Utc.toColumn(Require.present(now, "now"));
  }

  /** A failure alert is due unless one went out within the quiet period. */
  boolean failureAlertDue(Instant now, Duration quietPeriod) {
    return adminAlert != AdminAlert.FAILURE || lastOutside(adminAlertedAt, now, quietPeriod);
  }

  /** A recovery notice is due once after each failure alert. */
  boolean recoveryNoticeDue() {
    return adminAlert == AdminAlert.FAILURE;
  }

  void adminAlerted(AdminAlert alert, Instant now) {
    adminAlert = Require.present(alert, "alert");
    adminAlertedAt = Utc.toColumn(Require.present(now, "now"));
  }

  public Optional<Instant> getReauthMailedAt() {
    return Optional.ofNullable(Utc.fromColumn(reauthMailedAt));
  }

  public Optional<Instant> getAdminAlertedAt() {
    return Optional.ofNullable(Utc.fromColumn(adminAlertedAt));
  }

  public Optional<AdminAlert> getAdminAlert() {
    return Optional.ofNullable(adminAlert);
  }

  private static boolean lastOutside(LocalDateTime last, Instant now, Duration period) {
    Require.present(now, "now");
    Require.present(period, "period");
    return last == null || !now.isBefore(Utc.fromColumn(last).plus(period));
  }
}
