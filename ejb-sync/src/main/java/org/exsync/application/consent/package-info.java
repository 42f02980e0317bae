/**
 * The narrow facade the public registration pages call: open one invitation by link or by address
 * and code (rate-limited per client and per invitation), start the sign-in at Microsoft and record
 * the consent from the callback. Depends on invitations, settings, tokens and the oauth adapter.
 */
package org.exsync.application.consent;
