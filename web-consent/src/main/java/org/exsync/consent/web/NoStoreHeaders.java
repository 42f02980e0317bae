package org.exsync.consent.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Every registration page carries a personal link, a code or a sign-in result: none may be kept by
 * a browser cache or a proxy.
 */
public class NoStoreHeaders implements Filter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setHeader("Cache-Control", "no-store");
    http.setHeader("Pragma", "no-cache");
    chain.doFilter(request, response);
  }
}
