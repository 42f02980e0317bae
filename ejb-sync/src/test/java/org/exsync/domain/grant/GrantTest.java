package org.exsync.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.exsync.domain.Fixtures.NOW;
import static org.exsync.domain.Fixtures.ciphertext;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.exsync.domain.Fixtures;
import org.exsync.domain.mailbox.Mailbox;
import org.junit.jupiter.api.Test;

class GrantTest {

  private static final Set<String> EWS_SCOPE =
      Set.of("https://outlook.office365.com/EWS.AccessAsUser.All");
  private static final Instant IN_90_DAYS = NOW.plus(Duration.ofDays(90));

  private final Mailbox mailbox = Fixtures.mailbox();

  @Test
  void constructor_createsValidGrant() {
    Grant grant = Fixtures.delegatedGrant();

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.VALID);
    assertThat(grant.getScopes()).isEqualTo(EWS_SCOPE);
    assertThat(grant.getExpiresAt()).contains(IN_90_DAYS);
    assertThat(grant.getUpdatedAt()).isEqualTo(NOW);
    assertThat(grant.getLastError()).isEmpty();
    assertThat(grant.isUsableAt(NOW)).isTrue();
  }

  @Test
  void constructor_refusesSecretThatIsNotBase64WithoutRepeatingIt() {
    String plainToken = "0.AVYA-plain refresh token!";

    assertThatThrownBy(
            () ->
                new Grant(mailbox, GrantKind.DELEGATED, plainToken, "key-1", EWS_SCOPE, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretCiphertext must be Base64")
        .message()
        .doesNotContain(plainToken);
  }

  @Test
  void constructor_refusesCiphertextShorterThanGcmTag() {
    assertThatThrownBy(
            () ->
                new Grant(
                    mailbox, GrantKind.DELEGATED, ciphertext(8), "key-1", EWS_SCOPE, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secretCiphertext must decode to at least 16 bytes of AES-GCM output, got 8");
  }

  @Test
  void constructor_refusesOAuthGrantWithoutScopes() {
    assertThatThrownBy(
            () ->
                new Grant(
                    mailbox, GrantKind.APP_ONLY, ciphertext(32), "key-1", Set.of(), null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scopes must not be empty for a APP_ONLY grant");
  }

  @Test
  void constructor_acceptsServiceAccountWithoutScopesOrExpiry() {
    Grant grant = Fixtures.serviceAccountGrant();

    assertThat(grant.getScopes()).isEmpty();
    assertThat(grant.getExpiresAt()).isEmpty();
    assertThat(grant.isUsableAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
  }

  @Test
  void constructor_refusesExpiryNotAfterNow() {
    assertThatThrownBy(
            () ->
                new Grant(
                    mailbox, GrantKind.DELEGATED, ciphertext(32), "key-1", EWS_SCOPE, NOW, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresAt must lie after now (" + NOW + "), got " + NOW);
  }

  @Test
  void constructor_refusesScopeWithBlanks() {
    Set<String> scopes = Set.of("openid profile");

    assertThatThrownBy(
            () ->
                new Grant(mailbox, GrantKind.DELEGATED, ciphertext(32), "key-1", scopes, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'openid profile'");
  }

  @Test
  void getScopes_keepsTheOrderGiven() {
    Set<String> scopes = new LinkedHashSet<>(List.of("offline_access", "openid", "EWS.All"));

    Grant grant =
        new Grant(mailbox, GrantKind.DELEGATED, ciphertext(32), "key-1", scopes, null, NOW);

    assertThat(grant.getScopes()).containsExactly("offline_access", "openid", "EWS.All");
  }

  @Test
  void markNeedsReauthentication_recordsReasonAndMakesGrantUnusable() {
    Grant grant = Fixtures.delegatedGrant();
    Instant later = NOW.plusSeconds(60);

    grant.markNeedsReauthentication("invalid_grant: AADSTS50173", later);

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.NEEDS_REAUTHENTICATION);
    assertThat(grant.getLastError()).contains("invalid_grant: AADSTS50173");
    assertThat(grant.getUpdatedAt()).isEqualTo(later);
    assertThat(grant.isUsableAt(later)).isFalse();
  }

  @Test
  void markNeedsReauthentication_clipsLongReasonToColumn() {
    Grant grant = Fixtures.delegatedGrant();

    grant.markNeedsReauthentication("x".repeat(5000), NOW);

    assertThat(grant.getLastError()).get().asString().hasSize(Grant.LAST_ERROR_LENGTH);
  }

  @Test
  void renew_afterNeedsReauthentication_makesGrantValidAgain() {
    Grant grant = Fixtures.delegatedGrant();
    grant.markNeedsReauthentication("invalid_grant", NOW);
    Instant later = NOW.plus(Duration.ofDays(1));
    String newCiphertext = ciphertext(80);

    grant.renew(newCiphertext, "key-2", EWS_SCOPE, later.plus(Duration.ofDays(90)), later);

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.VALID);
    assertThat(grant.getLastError()).isEmpty();
    assertThat(grant.getSecretCiphertext()).isEqualTo(newCiphertext);
    assertThat(grant.getSecretKeyId()).isEqualTo("key-2");
    assertThat(grant.isUsableAt(later)).isTrue();
  }

  @Test
  void revoke_isFinal() {
    Grant grant = Fixtures.delegatedGrant();

    grant.revoke(NOW);

    assertThat(grant.getStatus()).isEqualTo(GrantStatus.REVOKED);
    assertThat(grant.isUsableAt(NOW)).isFalse();
    assertThatThrownBy(() -> grant.renew(ciphertext(32), "key-1", EWS_SCOPE, null, NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot renew grant")
        .hasMessageContaining("revoked at " + NOW);
    assertThatThrownBy(() -> grant.markNeedsReauthentication("invalid_grant", NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> grant.reencrypt(ciphertext(32), "key-2", NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void revoke_twice_keepsTheFirstRevocationTime() {
    Grant grant = Fixtures.delegatedGrant();
    grant.revoke(NOW);

    grant.revoke(NOW.plusSeconds(3600));

    assertThat(grant.getUpdatedAt()).isEqualTo(NOW);
  }

  @Test
  void isUsableAt_isFalseFromExpiryOn() {
    Grant grant = Fixtures.delegatedGrant();

    assertThat(grant.isUsableAt(IN_90_DAYS.minusSeconds(1))).isTrue();
    assertThat(grant.isUsableAt(IN_90_DAYS)).isFalse();
  }

  @Test
  void reencrypt_replacesCiphertextAndKeyButKeepsStatus() {
    Grant grant = Fixtures.delegatedGrant();
    grant.markNeedsReauthentication("invalid_grant", NOW);
    String rotated = ciphertext(65);

    grant.reencrypt(rotated, "key-2", NOW.plusSeconds(5));

    assertThat(grant.getSecretCiphertext()).isEqualTo(rotated);
    assertThat(grant.getSecretKeyId()).isEqualTo("key-2");
    assertThat(grant.getStatus()).isEqualTo(GrantStatus.NEEDS_REAUTHENTICATION);
  }

  @Test
  void reencrypt_withBlankKeyId_changesNothing() {
    Grant grant = Fixtures.delegatedGrant();
    String before = grant.getSecretCiphertext();

    assertThatThrownBy(() -> grant.reencrypt(ciphertext(65), " ", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKeyId");
    assertThat(grant.getSecretCiphertext()).isEqualTo(before);
  }

  @Test
  void toString_neverContainsCiphertext() {
    Grant grant = Fixtures.delegatedGrant();

    assertThat(grant.toString())
        .contains("DELEGATED", "ann@example.com", "key-1")
        .doesNotContain(grant.getSecretCiphertext());
  }

  @Test
  void brokenGrant_mailsTheUserOncePerPeriod_andAlertsTheAdminOncePerQuietPeriod() {
    Grant grant = Fixtures.delegatedGrant();
    grant.markNeedsReauthentication("AADSTS50173: revoked", Fixtures.NOW);

    assertThat(grant.reauthenticationMailDue(Fixtures.NOW, java.time.Duration.ofHours(24)))
        .isTrue();
    grant.recordReauthenticationMail(Fixtures.NOW);
    grant.recordAdminAlert(GrantNotices.AdminAlert.FAILURE, Fixtures.NOW);

    assertThat(
            grant.reauthenticationMailDue(
                Fixtures.NOW.plusSeconds(3600), java.time.Duration.ofHours(24)))
        .isFalse();
    assertThat(
            grant.failureAlertDue(Fixtures.NOW.plusSeconds(3600), java.time.Duration.ofHours(12)))
        .isFalse();
    assertThat(
            grant.failureAlertDue(
                Fixtures.NOW.plusSeconds(12 * 3600), java.time.Duration.ofHours(12)))
        .isTrue();
    assertThat(grant.recoveryNoticeDue()).isFalse();
  }

  @Test
  void renewedAfterAFailureAlert_owesTheAdminOneRecoveryNotice() {
    Grant grant = Fixtures.delegatedGrant();
    grant.markNeedsReauthentication("AADSTS70008: expired", Fixtures.NOW);
    grant.recordAdminAlert(GrantNotices.AdminAlert.FAILURE, Fixtures.NOW);

    grant.renew(
        Fixtures.ciphertext(64),
        "key-2",
        grant.getScopes(),
        Fixtures.NOW.plus(java.time.Duration.ofDays(90)),
        Fixtures.NOW.plusSeconds(60));

    assertThat(grant.recoveryNoticeDue()).isTrue();
    grant.recordAdminAlert(GrantNotices.AdminAlert.RECOVERY, Fixtures.NOW.plusSeconds(60));
    assertThat(grant.recoveryNoticeDue()).isFalse();
  }

  @Test
  void recordedAccount_isNormalised() {
    Grant grant = Fixtures.delegatedGrant();

    grant.recordAccount(new SignedInAccount("tid-1", "oid-1", "Ann@Example.com"));

    assertThat(grant.getAccount())
        .get()
        .extracting(SignedInAccount::getUpn)
        .isEqualTo("ann@example.com");
  }

  @Test
  void grantThatBreaksAgainAfterANewConsent_mailsTheUserAgain() {
    Grant grant = Fixtures.delegatedGrant();
    grant.markNeedsReauthentication("AADSTS50173: revoked", Fixtures.NOW);
    grant.recordReauthenticationMail(Fixtures.NOW);
    grant.renew(
        Fixtures.ciphertext(64),
        "key-1",
        grant.getScopes(),
        Fixtures.NOW.plus(java.time.Duration.ofDays(90)),
        Fixtures.NOW.plusSeconds(60));

    grant.markNeedsReauthentication(
        "AADSTS65001: consent withdrawn", Fixtures.NOW.plusSeconds(120));

    assertThat(
            grant.reauthenticationMailDue(
                Fixtures.NOW.plusSeconds(120), java.time.Duration.ofHours(24)))
        .isTrue();
  }
}
