/**
 * How callers get in: SuperOffice Online's system-user flow (a signed system user token exchanged
 * for a ticket at {@code PartnerSystemUser/Authenticate}, then {@code SOTicket} plus {@code
 * SO-AppToken}), on-site Basic authentication, the tenant status endpoint that tells a client its
 * API URL, and the per-application rate limit. JDK only (java.security, javax.crypto) and JSON-P.
 */
package org.exsync.sandbox.superoffice.auth;
