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

  private DemoTenant() {}

  /** The service account as the EWS simulator knows it: impersonation, no FullAccess. */
  public static ServiceAccount serviceAccount() {
    return new ServiceAccount(SERVICE_ACCOUNT, SERVICE_ACCOUNT_PASSWORD, true, false);
  }

  /** The registration: delegated EWS access for users and, consented, app-only access. */
  public static RegisteredApplication application() {
    return new RegisteredApplication(
        CLIENT_ID,
        "Exsync (sandbox)",
        Set.of(CLIENT_SECRET),
        REDIRECT_URIS,
        Set.of("EWS.AccessAsUser.All"),
        Set.of("full_access_as_app"));
  }
}
