/**
 * Outgoing mail through the Payara Jakarta Mail session, and the mail templates with their
 * placeholders. Depends on Jakarta Mail only.
 */
package org.exsync.infrastructure.mail;
