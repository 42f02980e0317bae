/**
 * Invitations as the admin works with them: issuing, re-authentication, previews, codes to hand
 * out, statuses, the outgoing mail queue and deleting registrations. Depends on the domain, the
 * settings and the mail infrastructure.
 */
package org.exsync.application.invitation;
