package org.exsync.consent.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address attempts are counted against: the TCP peer. Headers such as X-Forwarded-For are
 * ignored, because anyone can send them; behind a reverse proxy, Payara's own proxy support sets
 * the peer.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServletRequest request) {
    return request.getRemoteAddr();
  }
}
