package org.exsync.infrastructure.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps a web application on its own listener. Payara deploys every module of an EAR to the same
 * virtual servers, with one web context per virtual server; this filter makes each context that
 * runs on the wrong virtual server answer 404 to everything, so the admin application does not
 * exist on the public listener and the consent application does not exist on the internal one.
 *
 * <p>Init parameter {@code virtual-server-setting}: the setting that names the virtual server this
 * application belongs to ({@code exsync.internal-virtual-server} or {@code
 * exsync.public-virtual-server}).
 */
public class VirtualServerGuard implements Filter {

  private static final Logger LOG = Logger.getLogger(VirtualServerGuard.class.getName());

  private boolean servesHere;

  @Override
  public void init(FilterConfig config) {
    String setting = config.getInitParameter("virtual-server-setting");
    String wanted =
        ConfigProvider.getConfig()
            .getOptionalValue(setting, String.class)
            .orElse(config.getInitParameter("default-virtual-server"));
    String actual = config.getServletContext().getVirtualServerName();
    servesHere = wanted.equals(actual);
    LOG.fine(
        () ->
            "%s on virtual server '%s': %s"
                .formatted(
                    config.getServletContext().getContextPath(),
                    actual,
                    servesHere ? "serving" : "hidden (404)"));
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (servesHere) {
      chain.doFilter(request, response);
    } else {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
