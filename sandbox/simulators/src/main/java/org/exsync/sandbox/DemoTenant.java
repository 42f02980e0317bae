package org.exsync.sandbox;

import java.util.List;
import java.util.Set;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.exsync.sandbox.identity.RegisteredApplication;

/**
 * The application registration the deployed sandbox starts with, so that a newcomer's Exsync can
 * sign users in at once. These values open nothing but the simulated tenant.
 */
public final class DemoTenant {

  /** The demo world's tenant id ({@code WorldGenerator.demo()}); server-config names it too. */
  public static final String TENANT_ID = "45ece52f-0bf0-3ff6-be66-a2537f72dc1e";

  /** The Exsync application's client id in the simulated Entra tenant. */
  public static final String CLIENT_ID = "5e7c2a0d-8f41-4b6e-9d3a-e1c0ffee0001";

  /** Its client secret; only the sandbox accepts it. */
  public static final String CLIENT_SECRET = "sandbox-demo-client-secret";

  /** Where the consent application receives Microsoft's answer, on the default port base. */
  public static final List<String> REDIRECT_URIS =
      List.of(
          "http://127.0.0.1:28090/consent/callback",
          "http://localhost:28090/consent/callback",
          "https://127.0.0.1:28091/consent/callback");

  /** The on-premises style service account with the ApplicationImpersonation role. */
  public static final String SERVICE_ACCOUNT = "svc-exsync@northwind.example";

  /** Its password; only the sandbox accepts it. */
  public static final String SERVICE_ACCOUNT_PASSWORD = "sandbox-demo-service-password";

  /**
   * The demo world's first associate, whose on-site Basic login Exsync uses against the SuperOffice
   * simulator; server-config names it too.
   */
  public static final String SUPEROFFICE_USER = "ANAISGARCIA";

  /** The password of every demo associate ({@code WorldGenerator.PASSWORD}). */
  public static final String SUPEROFFICE_PASSWORD = "Sandbox-Passw0rd!";

  private DemoTenant() {}

  /** The service account as the EWS simulator knows it: impersonation, no FullAccess. */
  public static ServiceAccount serviceAccount() {
    return new ServiceAccount(SERVICE_ACCOUNT, SERVICE_ACCOUNT_PASSWORD, true, false);
  }

  /** The registration: delegated EWS access for users and, consented, app-only access. */
  public static RegisteredApplication application() {
    return application(List.of());
  }

  /**
   * The registration with more redirect URIs, for a consent application on another port base: an
   * admin adds them in the Entra admin center the same way.
   */
  public static RegisteredApplication application(List<String> moreRedirectUris) {
    List<String> redirectUris = new java.util.ArrayList<>(REDIRECT_URIS);
    moreRedirectUris.stream().filter(uri -> !redirectUris.contains(uri)).forEach(redirectUris::add);
    return new RegisteredApplication(
        CLIENT_ID,
        "Exsync (sandbox)",
        Set.of(CLIENT_SECRET),
        redirectUris,
        Set.of("EWS.AccessAsUser.All"),
        Set.of("full_access_as_app"));
  }
}
