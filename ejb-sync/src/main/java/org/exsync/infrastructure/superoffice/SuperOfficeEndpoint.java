package org.exsync.infrastructure.superoffice;

import java.net.URI;
import java.util.Objects;

/** Where a tenant's Web API answers. */
public sealed interface SuperOfficeEndpoint {

  /**
   * SuperOffice Online: the environment (such as {@code https://online.superoffice.com}) whose
   * login service issues tickets and whose tenant status tells where the tenant lives now.
   * SuperOffice moves tenants between servers, so the API URL is looked up, never kept.
   *
   * @param environment the environment's root URL
   * @param contextIdentifier the tenant, such as {@code Cust26759}
   */
  record Online(URI environment, String contextIdentifier) implements SuperOfficeEndpoint {
    public Online {
      Objects.requireNonNull(environment, "environment");
      if (contextIdentifier == null || !contextIdentifier.matches("Cust\\d+")) {
        throw new IllegalArgumentException(
            "A SuperOffice Online tenant is named CustNNNN, got '" + contextIdentifier + "'");
      }
    }
  }

  /**
   * An on-site installation: the URL of its Web API without the version, such as {@code
   * https://crm.example.com/SuperOffice/api}.
   */
  record OnSite(URI api) implements SuperOfficeEndpoint {
    public OnSite {
      Objects.requireNonNull(api, "api");
      if (!api.isAbsolute()
          || !(api.getScheme().equals("https") || api.getScheme().equals("http"))) {
        throw new IllegalArgumentException(
            "The SuperOffice Web API URL must be an absolute http(s) URL, got '" + api + "'");
      }
    }
  }
}
