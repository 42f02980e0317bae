/**
 * The token service: valid access tokens per grant for the connectors (delegated refresh with
 * rotation, app-only client credentials), refreshes serialized per grant by a row lock, and what a
 * broken or restored grant means for its links. Depends on the domain, settings, notifications and
 * the oauth and crypto infrastructure.
 */
package org.exsync.application.token;
