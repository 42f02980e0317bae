/**
 * The Microsoft identity platform simulator: an OpenID Connect provider over HTTPS at Microsoft's
 * paths ({@code /{tenant}/oauth2/v2.0/authorize|token}, {@code
 * /{tenant}/v2.0/.well-known/openid-configuration}, {@code /{tenant}/discovery/v2.0/keys}) with
 * sign-in and consent pages, Microsoft's error codes and revocation semantics, issuing the tokens
 * the EWS simulator accepts through {@link org.exsync.sandbox.identity.AccessTokenVerifier}. Entry
 * point: {@link org.exsync.sandbox.identity.IdentitySimulator}. Depends on the JDK (RS256 with
 * {@code java.security}), JSON-P and the shared sandbox transport and control classes.
 *
 * <p>Built on the JDK rather than on {@code no.nav.security:mock-oauth2-server}: that server runs
 * its own OkHttp MockWebServer/Netty listener, so it cannot be served from the sandbox WAR on
 * Payara, answers at {@code /{issuer}/authorize} instead of Microsoft's {@code
 * /{tenant}/oauth2/v2.0/...}, and has no {@code client_info}, consent step, AADSTS error bodies or
 * revocation semantics; those are most of what this package does. See {@code sandbox/IDENTITY.md}.
 */
package org.exsync.sandbox.identity;
