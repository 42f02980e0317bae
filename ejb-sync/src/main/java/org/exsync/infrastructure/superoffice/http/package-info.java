/**
 * The SuperOffice connector's HTTP side: the JAX-RS client Payara provides, the ways to sign in
 * (system user ticket, on-site ticket, Basic), the tenant status lookup, the client-side rate
 * limit, and the mapping of HTTP errors to typed failures. Knows no canonical items; depends on the
 * ports' outcome types, JAX-RS and JSON-P.
 */
package org.exsync.infrastructure.superoffice.http;
