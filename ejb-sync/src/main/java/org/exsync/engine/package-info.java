/**
 * The sync engine: plain Java without Jakarta imports, so it runs and is tested without a server.
 * {@code item} holds the canonical items both systems are translated into; {@code port} the two
 * gateways the engine reads and writes through, with their typed outcomes.
 */
package org.exsync.engine;
