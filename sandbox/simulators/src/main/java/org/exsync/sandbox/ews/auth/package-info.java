/**
 * Who is calling and on whose mailbox: bearer tokens (delegated and app-only) checked through the
 * shared {@link org.exsync.sandbox.identity.AccessTokenVerifier}, Basic service accounts, and the
 * ExchangeImpersonation header. Depends on the JDK, the shared identity contract and the SOAP error
 * types.
 */
package org.exsync.sandbox.ews.auth;
