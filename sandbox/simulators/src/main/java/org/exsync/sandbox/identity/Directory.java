package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.exsync.sandbox.data.SandboxWorld;
import org.exsync.sandbox.data.SeedUser;

/**
 * The tenant and its accounts: who can sign in, with which password, and since when their tokens
 * are valid. Microsoft's {@code TokensValidFrom} moves forward when a password is reset or sessions
 * are revoked; every grant issued before it stops working.
 */
final class Directory {

  /** The tenant path segments that name no tenant in particular. */
  private static final List<String> MULTI_TENANT = List.of("common", "organizations");

  private volatile String tenantId;
  private volatile String domain;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  /** One account: the seeded user, the current password and the revocation watermark. */
  record Account(SeedUser user, String password, Instant tokensValidFrom) {
    String upn() {
      return user.email();
    }
  }

  void load(SandboxWorld world) {
    accounts.clear();
    tenantId = world.tenantId();
    domain = world.domain();
    for (SeedUser user : world.users()) {
      accounts.put(key(user.email()), new Account(user, user.password(), Instant.EPOCH));
    }
  }

  void clear() {
    accounts.clear();
    tenantId = null;
    domain = null;
  }

  String tenantId() {
    return tenantId;
  }

  /**
   * What a tenant path segment names: this tenant (by id or domain) or any organization ({@code
   * common}, {@code organizations}, answered with an empty tenant id).
   *
   * @throws AadException AADSTS90002 for a tenant that does not exist here
   */
  TenantPath resolve(String segment, String errorCode) {
    String id = tenantId;
    if (id != null && (id.equalsIgnoreCase(segment) || segment.equalsIgnoreCase(domain))) {
      return new TenantPath(segment, id);
    }
    if (id != null && MULTI_TENANT.contains(segment.toLowerCase(Locale.ROOT))) {
      return new TenantPath(segment, null);
    }
    throw new AadException(AadErrors.tenantNotFound(segment, errorCode));
  }

  Optional<Account> account(String upn) {
    return upn == null ? Optional.empty() : Optional.ofNullable(accounts.get(key(upn)));
  }

  Collection<Account> accounts() {
    return accounts.values();
  }

  /** Sets a new password and revokes every grant issued before now. */
  void resetPassword(String upn, String newPassword, Instant now) {
    update(upn, a -> new Account(a.user(), newPassword, now));
  }

  /** Revokes every grant issued before now; the password stays. */
  void revokeSessions(String upn, Instant now) {
    update(upn, a -> new Account(a.user(), a.password(), now));
  }

  private void update(String upn, java.util.function.UnaryOperator<Account> change) {
    if (accounts.computeIfPresent(key(upn), (k, a) -> change.apply(a)) == null) {
      throw new IllegalArgumentException("No account " + upn + " in the simulated tenant");
    }
  }

  private static String key(String upn) {
    return upn.toLowerCase(Locale.ROOT);
  }

  /**
   * A tenant as addressed in a request path.
   *
   * @param segment the path segment as sent
   * @param tenantId the tenant id, or {@code null} for {@code common} and {@code organizations}
   */
  record TenantPath(String segment, String tenantId) {
    boolean specific() {
      return tenantId != null;
    }
  }
}
