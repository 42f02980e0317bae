package org.exsync.sandbox.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.exsync.sandbox.http.SimRequest;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.identity.Directory.Account;

/**
 * The pages between the authorize request and the redirect: the password form, then the consent
 * page when the user has not yet granted what the application asks for, then the authorization
 * code. A wrong password shows the form again; Cancel on the consent page answers {@code
 * access_denied} (AADSTS65004) to the client.
 */
final class SignInFlow {

  private static final Map<String, String> PERMISSION_TEXT =
      Map.of(
          "openid", "Sign you in",
          "profile", "View your basic profile",
          "email", "View your email address",
          "offline_access", "Maintain access to data you have given it access to",
          "EWS.AccessAsUser.All",
              "Access mailboxes as the signed-in user via Exchange Web Services");

  private final IdentityCore core;
  private final SignInContexts contexts;

  SignInFlow(IdentityCore core, SignInContexts contexts) {
    this.core = core;
    this.contexts = contexts;
  }

  SimResponse signInPage(
      SimRequest request, AuthorizationRequest pending, String ctx, String error, Trace trace) {
    List<String> accounts =
        core.directory().accounts().stream().map(Account::upn).sorted().limit(50).toList();
    String action = request.baseUrl() + "/" + pending.tenant().segment() + "/login";
    return Answers.html(
        200, Pages.signIn(action, ctx, pending.loginHint(), error, accounts), trace);
  }

  SimResponse login(SimRequest request, Trace trace) {
    Map<String, String> form = request.formParameters();
    String ctx = form.get("ctx");
    Instant now = core.now();
    Optional<AuthorizationRequest> found = contexts.find(ctx, now);
    if (found.isEmpty()) {
      return Answers.html(200, Pages.error(AadErrors.signInExpired(), trace), trace);
    }
    AuthorizationRequest pending = found.get();
    Optional<Account> account = core.directory().account(form.get("login"));
    if (account.isEmpty()) {
      return signInPage(
          request,
          pending,
          ctx,
          "We couldn't find an account with that username. Try another, or get a new account.",
          trace);
    }
    if (!account.get().password().equals(form.get("passwd"))) {
      core.counters().increment("signin.failed");
      return signInPage(
          request,
          pending,
          ctx,
          "Your account or password is incorrect. If you don't remember your password, reset it"
              + " now.",
          trace);
    }
    AuthorizationRequest signedIn = pending.signedIn(account.get().upn(), now);
    Set<String> asked = signedIn.scopes().consentFor(signedIn.app());
    if (signedIn.forceConsent()
        || !core.consents().covers(signedIn.upn(), signedIn.app().clientId(), asked)) {
      contexts.update(ctx, signedIn);
      return consentPage(request, signedIn, ctx, asked, trace);
    }
    contexts.close(ctx);
    return issueCode(signedIn, account.get(), trace);
  }

  SimResponse consent(SimRequest request, Trace trace) {
    Map<String, String> form = request.formParameters();
    String ctx = form.get("ctx");
    Optional<AuthorizationRequest> found = contexts.find(ctx, core.now());
    if (found.isEmpty() || found.get().upn() == null) {
      return Answers.html(200, Pages.error(AadErrors.signInExpired(), trace), trace);
    }
    AuthorizationRequest pending = found.get();
    contexts.close(ctx);
    if (!"true".equals(form.get("acceptConsent"))) {
      core.counters().increment("consent.declined");
      return RedirectAnswer.error(pending, AadErrors.consentDeclined(), trace);
    }
    core.consents()
        .grant(pending.upn(), pending.app().clientId(), pending.scopes().consentFor(pending.app()));
    Optional<Account> account = core.directory().account(pending.upn());
    if (account.isEmpty()) {
      return Answers.html(200, Pages.error(AadErrors.signInExpired(), trace), trace);
    }
    return issueCode(pending, account.get(), trace);
  }

  private SimResponse consentPage(
      SimRequest request,
      AuthorizationRequest pending,
      String ctx,
      Set<String> asked,
      Trace trace) {
    List<String> asks = new ArrayList<>();
    asked.stream().sorted().forEach(scope -> asks.add(PERMISSION_TEXT.getOrDefault(scope, scope)));
    String action = request.baseUrl() + "/" + pending.tenant().segment() + "/Consent/Set";
    return Answers.html(
        200, Pages.consent(action, ctx, pending.app().displayName(), pending.upn(), asks), trace);
  }

  private SimResponse issueCode(AuthorizationRequest pending, Account account, Trace trace) {
    String tenantId = core.directory().tenantId();
    DelegatedGrant grant =
        new DelegatedGrant(
            pending.app().clientId(),
            tenantId,
            account.upn(),
            pending.scopes().oidc(),
            pending.scopes().delegatedFor(pending.app()),
            pending.authTime());
    Instant now = core.now();
    String code =
        core.codes()
            .issue(
                new AuthorizationCodes.Issued(
                    grant,
                    pending.redirectUri(),
                    pending.codeChallenge(),
                    pending.challengeMethod(),
                    pending.nonce(),
                    now.plus(core.settings().authorizationCodeLifetime())),
                now);
    core.counters().increment("codes.issued");
    Map<String, String> result = new LinkedHashMap<>();
    result.put("code", code);
    if (pending.clientInfo()) {
      result.put("client_info", TokenMinter.clientInfo(account.user().objectId(), tenantId));
    }
    result.put("session_state", UUID.randomUUID().toString());
    return RedirectAnswer.success(pending, result, trace);
  }
}
