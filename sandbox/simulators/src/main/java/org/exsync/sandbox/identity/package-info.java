/**
 * The Microsoft identity platform simulator: an OpenID Connect provider over HTTPS at Microsoft's
 * paths, issuing the tokens the EWS simulator accepts. Depends on the JDK, JSON-P and the shared
 * sandbox transport.
 */
package org.exsync.sandbox.identity;
