package org.exsync.sandbox.ews.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.exsync.sandbox.ews.soap.EwsFault;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.identity.AccessTokenVerifier;
import org.exsync.sandbox.identity.VerifiedToken;

/**
 * Authenticates a request from its Authorization header and binds it to a mailbox through the
 * ExchangeImpersonation header, with the rules of Exchange Online (OAuth) and on-premises Exchange
 * (Basic service accounts). Tokens and passwords are compared, never logged.
 */
public final class Authenticator {

  static final Set<String> DELEGATED_SCOPES = Set.of("EWS.AccessAsUser.All", "full_access_as_user");
  static final String APP_ROLE = "full_access_as_app";
  private static final String REALM = "exsync-sandbox";

  private final AccessTokenVerifier verifier;
  private final Map<String, ServiceAccount> accounts;

  /**
   * @param accounts service accounts by lower-case name
   */
  public Authenticator(AccessTokenVerifier verifier, Map<String, ServiceAccount> accounts) {
    this.verifier = verifier;
    this.accounts = accounts;
  }

  /** Who signed in, before impersonation is applied. */
  public Caller authenticate(SimRequest request) throws Unauthorized {
    String authorization = request.header("Authorization").orElse("").trim();
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(authorization.substring(7).trim());
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).trim());
    }
    throw Unauthorized.anonymous(REALM);
  }

  private Caller bearer(String token) throws Unauthorized {
    VerifiedToken verified;
    try {
      verified = verifier.verify(token);
    } catch (AccessTokenVerifier.InvalidTokenException e) {
      throw Unauthorized.bearer("2000001", e.getMessage());
    }
    if (verified.delegated()) {
      if (verified.scopes().stream().noneMatch(DELEGATED_SCOPES::contains)) {
        throw Unauthorized.bearer(
            "2000008", "The token contains no permissions, or permissions can not be understood.");
      }
      String upn = verified.userPrincipalName();
      return new Caller(Caller.Kind.DELEGATED, upn, upn, null, false);
    }
    if (!verified.roles().contains(APP_ROLE)) {
      throw Unauthorized.bearer(
          "2000008", "The token contains no permissions, or permissions can not be understood.");
    }
    return new Caller(Caller.Kind.APP_ONLY, verified.appId(), null, null, false);
  }

  private Caller basic(String encoded) throws Unauthorized {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw Unauthorized.basic(REALM, "The Basic credentials are not base64.");
    }
    int colon = decoded.indexOf(':');
    String name = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    ServiceAccount account = accounts.get(name.toLowerCase(Locale.ROOT));
    if (account == null
        || !MessageDigest.isEqual(
            account.password().getBytes(StandardCharsets.UTF_8),
            password.getBytes(StandardCharsets.UTF_8))) {
      throw Unauthorized.basic(REALM, "Unknown account or wrong password.");
    }
    return new Caller(
        Caller.Kind.BASIC, account.name(), account.name(), null, account.fullAccess());
  }

  /**
   * Applies the ExchangeImpersonation header.
   *
   * @param impersonated the SMTP address the header names, if any
   * @param mailboxExists whether an address has a mailbox
   * @throws EwsFault as Exchange answers a header it refuses
   */
  public Caller impersonate(
      Caller caller, Optional<String> impersonated, Predicate<String> mailboxExists) {
    if (impersonated.isEmpty()) {
      if (caller.kind() == Caller.Kind.APP_ONLY) {
        throw EwsFault.of(
            "ErrorInvalidExchangeImpersonationHeaderData",
            "ExchangeImpersonation SOAP header must be present for this type of OAuth token.");
      }
      return caller;
    }
    String target = impersonated.get();
    boolean allowed =
        switch (caller.kind()) {
          case APP_ONLY -> true;
          case DELEGATED -> target.equalsIgnoreCase(caller.ownMailbox());
          case BASIC ->
              Optional.ofNullable(accounts.get(caller.name().toLowerCase(Locale.ROOT)))
                  .map(ServiceAccount::mayImpersonate)
                  .orElse(false);
        };
    if (!allowed) {
      throw EwsFault.of(
          "ErrorImpersonateUserDenied",
          "The account does not have permission to impersonate the requested user.");
    }
    if (!mailboxExists.test(target)) {
      throw EwsFault.of(
          "ErrorNonExistentMailbox", "The SMTP address has no mailbox associated with it.");
    }
    return new Caller(
        caller.kind(), caller.name(), caller.ownMailbox(), target, caller.fullAccess());
  }
}
