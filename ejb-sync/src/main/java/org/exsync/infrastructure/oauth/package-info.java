/**
 * Microsoft sign-in and tokens through MSAL4J: the authorization code flow with PKCE, state and
 * nonce, id token checks, refresh with rotation and client credentials. Depends on MSAL4J, JSON-P
 * and the engine's port types for typed failures.
 */
package org.exsync.infrastructure.oauth;
