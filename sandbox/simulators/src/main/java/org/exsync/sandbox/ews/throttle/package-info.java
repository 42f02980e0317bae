/**
 * Exchange's throttling as a client meets it: a concurrency cap and a recharging budget of server
 * time per budget owner, a per-request item cap and a server-wide cap on requests in flight. The
 * numbers and their sources are in sandbox/EWS-THROTTLING.md. Depends on the JDK and the SOAP error
 * types.
 */
package org.exsync.sandbox.ews.throttle;
