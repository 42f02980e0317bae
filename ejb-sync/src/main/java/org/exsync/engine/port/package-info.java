/**
 * The ports the engine stands on: {@link org.exsync.engine.port.ExchangeGateway} and {@link
 * org.exsync.engine.port.CrmGateway}, each with one adapter in infrastructure that does all
 * translation. Failures cross a port as a typed {@link org.exsync.engine.port.Failure}, never as a
 * bare exception; in a batch each item has its own outcome. Depends on the JDK, the canonical items
 * and the domain's plain value types only.
 */
package org.exsync.engine.port;
