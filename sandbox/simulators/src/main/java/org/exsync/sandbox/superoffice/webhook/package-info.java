/**
 * SuperOffice webhooks: registrations ({@code /api/v1/Webhook}), and the asynchronous delivery of
 * change events to their target URLs, signed with {@code X-SuperOffice-Signature}, retried and
 * switched off after too many failures as SuperOffice does. JDK HttpClient, javax.crypto, JSON-P.
 */
package org.exsync.sandbox.superoffice.webhook;
