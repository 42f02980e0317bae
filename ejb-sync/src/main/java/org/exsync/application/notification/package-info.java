/**
 * Notifications: the admin's settings for them, automatic re-authentication mails to users and
 * alert mails to admins on failure and recovery. Depends on settings, invitations and mail.
 */
package org.exsync.application.notification;
