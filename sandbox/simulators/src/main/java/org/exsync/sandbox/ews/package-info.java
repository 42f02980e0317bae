/**
 * The Exchange Web Services simulator: SOAP 1.1 at {@code /EWS/Exchange.asmx}, validated against
 * the official schema, with OAuth and Basic authentication, impersonation, Exchange's throttling
 * and injected faults, over seeded mailboxes. {@link org.exsync.sandbox.ews.EwsSimulator} is the
 * entry point. Depends on the JDK and the shared sandbox classes only.
 */
package org.exsync.sandbox.ews;
