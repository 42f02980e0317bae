/**
 * The transport every simulator is written against: a request, a response and a handler, with two
 * hosts for them. {@link org.exsync.sandbox.http.InProcessServer} serves a handler from the JDK's
 * HTTP server on a free loopback port (for tests and benchmarks); the sandbox WAR serves the same
 * handler from a servlet on Payara. Depends on the JDK only.
 */
package org.exsync.sandbox.http;
