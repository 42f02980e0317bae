/**
 * The admin's link administration: the users who consented ("external users"), linking them to
 * their associates, each link's settings, unlinking, and the live state of the linked users with
 * "sync now" and re-authentication. Depends on the domain, the invitation service and the CRM
 * connection; the scheduler picks up what these use cases change.
 */
package org.exsync.application.link;
