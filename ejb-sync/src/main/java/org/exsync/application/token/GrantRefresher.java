package org.exsync.application.token;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.grant.Grant;
import org.exsync.domain.grant.GrantKind;
import org.exsync.domain.grant.GrantRepository;
import org.exsync.domain.grant.GrantStatus;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.Outcome;
import org.exsync.infrastructure.crypto.SecretCipher;
import org.exsync.infrastructure.crypto.UnreadableSecretException;
import org.exsync.infrastructure.oauth.EntraRegistration;
import org.exsync.infrastructure.oauth.MsalIdentityPlatform;
import org.exsync.infrastructure.oauth.TokenGrant;

/**
 * Refreshes one grant's access token in a transaction of its own that holds the grant's row lock: a
 * second thread or server waits, then finds the token the first one got (same server) or uses the
 * refresh token the first one stored (other server). Never two rotations of one refresh token at
 * once. {@code invalid_grant} marks the grant as needing re-authentication through {@link
 * GrantHealth}.
 */
@Stateless
public class GrantRefresher {

  /** Microsoft's refresh tokens stop working after 90 days without use. */
  static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(90);

  private static final Logger LOG = Logger.getLogger(GrantRefresher.class.getName());

  @Inject private GrantRepository grants;
  @Inject private AccessTokenCache cache;
  @Inject private MsalIdentityPlatform platform;
  @Inject private SettingsService settings;
  @Inject private SecretCipher cipher;
  @Inject private GrantHealth health;
  @Inject private Clock clock;

  /** The token in memory, if it has more than five minutes left; reads the grant's kind only. */
  public Optional<String> cachedFor(long grantId, Instant now) {
    return grants.findById(grantId).flatMap(grant -> cache.valid(key(grant), now));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome<String> refresh(long grantId, boolean force) {
    Optional<Grant> locked = grants.lockById(grantId);
    if (locked.isEmpty()) {
      return Outcome.failed(
          Failure.denied(
              "Grant " + grantId + " does not exist any more",
              "Link the mailbox again after the user consents"));
    }
    Grant grant = locked.get();
    Instant now = clock.instant();
    if (!force) {
      Optional<String> meanwhile = cache.valid(key(grant), now);
      if (meanwhile.isPresent()) {
        return Outcome.done(meanwhile.get());
      }
    }
    if (grant.getStatus() != GrantStatus.VALID) {
      return Outcome.failed(
          Failure.needsReauthentication(
              "The grant for "
                  + grant.getMailbox().getSmtpAddress()
                  + " is "
                  + grant.getStatus()
                  + grant.getLastError().map(e -> ": " + e).orElse("")));
    }
    try {
      Outcome<TokenGrant> answer = ask(grant);
      if (answer.isDone()) {
        return Outcome.done(store(grant, answer.value(), now));
      }
      Failure failure = answer.failure().orElseThrow();
      if (failure.kind() == FailureKind.NEEDS_REAUTHENTICATION) {
        cache.forget(key(grant));
        health.brokeDown(grant, failure.reason());
      }
      LOG.warning(
          () -> "Token refresh for " + grant.getMailbox().getSmtpAddress() + " failed: " + failure);
      return Outcome.failed(failure);
    } catch (UnreadableSecretException e) {
      return Outcome.failed(
          Failure.denied(
              "The stored secret of the grant for "
                  + grant.getMailbox().getSmtpAddress()
                  + " cannot be read: "
                  + e.getMessage(),
              "Configure the key it was encrypted with, or have the user consent again"));
    } catch (IllegalStateException e) {
      return Outcome.failed(
          Failure.denied(e.getMessage(), "Complete the Entra app registration settings"));
    }
  }

  private Outcome<TokenGrant> ask(Grant grant) {
    EntraRegistration registration = settings.entraRegistration();
    String secret = cipher.open(grant.getSecretCiphertext(), grant.getSecretKeyId());
    return switch (grant.getKind()) {
      case DELEGATED -> platform.refresh(registration, secret);
      case APP_ONLY ->
          platform.appOnly(
              registration.withClientSecret(secret),
              grant.getMailbox().getTenantId().orElse(registration.tenantId()));
      case SERVICE_ACCOUNT ->
          Outcome.failed(
              Failure.rejected(
                  "The grant for "
                      + grant.getMailbox().getSmtpAddress()
                      + " is a service account, which signs in with its password, not a token"));
    };
  }

  /** Keeps the access token in memory and the rotated refresh token, encrypted, in the grant. */
  private String store(Grant grant, TokenGrant tokens, Instant now) {
    cache.put(key(grant), tokens.accessToken(), tokens.expiresAt());
    if (grant.getKind() == GrantKind.DELEGATED && tokens.refreshToken().isPresent()) {
      SecretCipher.Sealed sealed = cipher.seal(tokens.refreshToken().get());
      grant.renew(
          sealed.ciphertext(),
          sealed.keyId(),
          grant.getScopes(),
          now.plus(REFRESH_TOKEN_LIFETIME),
          now);
    }
    return tokens.accessToken();
  }

  /** App-only tokens are the tenant's, shared by all its mailboxes; others are the grant's own. */
  static String key(Grant grant) {
    return grant.getKind() == GrantKind.APP_ONLY
        ? "tenant:" + grant.getMailbox().getTenantId().orElse("")
        : "grant:" + grant.getId();
  }
}
