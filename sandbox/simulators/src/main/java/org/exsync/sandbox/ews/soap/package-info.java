/**
 * SOAP 1.1 as Exchange speaks it: the response envelope with {@code ServerVersionInfo}, SOAP faults
 * (HTTP 500) with the EWS response code in {@code detail}, and the two kinds of EWS error an
 * operation can raise: a fault for the whole request, or an error response message. Depends on the
 * JDK and the simulator's XML plumbing.
 */
package org.exsync.sandbox.ews.soap;
