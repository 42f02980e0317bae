package org.exsync.infrastructure.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers both web applications send on every page: no framing, no MIME sniffing, no
 * referrer leaking tokens in URLs, and HSTS when the request came over TLS. Scripts and styles are
 * limited by PrimeFaces' own nonce-based Content-Security-Policy; this one adds what it leaves out.
 */
public class SecurityHeaders implements Filter {

  static final String POLICY =
      "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.addHeader("Content-Security-Policy", POLICY);
    http.setHeader("X-Frame-Options", "DENY");
    http.setHeader("X-Content-Type-Options", "nosniff");
    http.setHeader("Referrer-Policy", "no-referrer");
    if (((HttpServletRequest) request).isSecure()) {
      http.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}
