package org.exsync.consent.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the registration pages add to the shared security headers. Every page carries a personal
 * link, a code or a sign-in result, so none may be kept by a browser cache or a proxy. The pages
 * run no script at all, so their Content-Security-Policy allows none, and nothing but their own
 * style sheet and images; it adds to the shared policy, and a browser enforces both.
 */
public class ConsentHeaders implements Filter {

  static final String POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("Cache-Control", "no-store");
    http.setHeader("Pragma", "no-cache");
    http.addHeader("Content-Security-Policy", POLICY);
    chain.doFilter(request, response);
  }
}
