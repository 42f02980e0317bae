package org.exsync.sandbox.identity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.exsync.sandbox.http.SimResponse;
import org.exsync.sandbox.identity.Directory.TenantPath;

/**
 * The OpenID Connect metadata ({@code /{tenant}/v2.0/.well-known/openid-configuration}) and the
 * signing keys ({@code /{tenant}/discovery/v2.0/keys}). As at Microsoft, a tenant addressed by
 * domain gets endpoints under its id, and {@code common}/{@code organizations} get the literal
 * issuer template {@code <base>/{tenantid}/v2.0}, which a client fills in from the token's {@code
 * tid}.
 */
final class DiscoveryEndpoint {

  private final IdentityCore core;

  DiscoveryEndpoint(IdentityCore core) {
    this.core = core;
  }

  SimResponse openIdConfiguration(String base, TenantPath tenant, Trace trace) {
    String path = tenant.specific() ? tenant.tenantId() : tenant.segment();
    String issuerTenant = tenant.specific() ? tenant.tenantId() : "{tenantid}";
    String endpoints = base + "/" + path;
    JsonObject body =
        Jsons.BUILDERS
            .createObjectBuilder()
            .add("token_endpoint", endpoints + "/oauth2/v2.0/token")
            .add(
                "token_endpoint_auth_methods_supported",
                array("client_secret_post", "private_key_jwt", "client_secret_basic"))
            .add("jwks_uri", endpoints + "/discovery/v2.0/keys")
            .add("response_modes_supported", array("query", "fragment", "form_post"))
            .add("subject_types_supported", array("pairwise"))
            .add("id_token_signing_alg_values_supported", array("RS256"))
            .add("response_types_supported", array("code"))
            .add("scopes_supported", array("openid", "profile", "email", "offline_access"))
            .add("issuer", base + "/" + issuerTenant + "/v2.0")
            .add("request_uri_parameter_supported", false)
            .add("authorization_endpoint", endpoints + "/oauth2/v2.0/authorize")
            .add("code_challenge_methods_supported", array("plain", "S256"))
            .add(
                "claims_supported",
                array(
                    "sub",
                    "iss",
                    "aud",
                    "exp",
                    "iat",
                    "auth_time",
                    "nonce",
                    "preferred_username",
                    "name",
                    "tid",
                    "ver",
                    "email",
                    "oid"))
            .add("tenant_region_scope", "EU")
            .add("cloud_instance_name", "microsoftonline.com")
            .add("msgraph_host", "graph.microsoft.com")
            .build();
    return Answers.json(200, body, trace);
  }

  SimResponse keys(String base, TenantPath tenant, Trace trace) {
    String issuerTenant = tenant.specific() ? tenant.tenantId() : "{tenantid}";
    JsonObject key =
        Jsons.BUILDERS
            .createObjectBuilder(core.signer().publicJwk())
            .add("issuer", base + "/" + issuerTenant + "/v2.0")
            .build();
    JsonObject body =
        Jsons.BUILDERS
            .createObjectBuilder()
            .add("keys", Jsons.BUILDERS.createArrayBuilder().add(key))
            .build();
    return Answers.json(200, body, trace);
  }

  private static JsonArrayBuilder array(String... values) {
    JsonArrayBuilder array = Jsons.BUILDERS.createArrayBuilder();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }
}
