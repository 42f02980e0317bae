/**
 * The engine's benchmark: real adapters against the in-process simulators with Exchange Online's
 * throttling, many links run through the throttle governor, and the figures printed. Run by hand
 * ({@code main}); {@code mvn verify} does not run it.
 */
package org.exsync.benchmark;
