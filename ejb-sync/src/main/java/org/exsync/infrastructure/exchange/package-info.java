/**
 * The EWS adapter of {@link org.exsync.engine.port.ExchangeGateway}: {@link
 * org.exsync.infrastructure.exchange.EwsExchangeGateway} opens one session per mailbox over
 * ews-java-api, sends reads and writes in adaptive batches, waits out short back-offs Exchange asks
 * for and types every failure. Translation between EWS and the canonical items lives in {@code
 * translate}. Depends on the engine's ports and items and on ews-java-api; nothing outside
 * infrastructure depends on it.
 */
package org.exsync.infrastructure.exchange;
