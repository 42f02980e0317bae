package org.exsync.admin.hooks;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.exsync.application.scheduling.SuperOfficeWebhooks;
import org.exsync.application.scheduling.WebhookReceipt;

/**
 * Receives SuperOffice webhook deliveries at {@code /hooks/superoffice}. The body is handed on
 * exactly as it arrived, for its signature ({@code X-SuperOffice-Signature}) to be checked. A
 * delivery that is not signed right gets 401 without any detail; one about an associate Exsync does
 * not sync gets 204; an accepted one 200. Nothing is ever echoed back.
 */
@WebServlet(name = "superoffice-webhook", urlPatterns = "/hooks/superoffice")
public class SuperOfficeWebhookServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** SuperOffice's deliveries are a few hundred bytes; anything far larger is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  static final String SIGNATURE_HEADER = "X-SuperOffice-Signature";

  @Inject private transient SuperOfficeWebhooks webhooks;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = read(request.getInputStream());
    if (body == null) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    WebhookReceipt receipt = webhooks.receive(body, request.getHeader(SIGNATURE_HEADER));
    response.setStatus(
        switch (receipt) {
          case ACCEPTED -> HttpServletResponse.SC_OK;
          case IGNORED -> HttpServletResponse.SC_NO_CONTENT;
          case REFUSED -> HttpServletResponse.SC_UNAUTHORIZED;
        });
    response.setContentLength(0);
  }

  /** The whole body, or null when it is larger than a delivery can be. */
  private static byte[] read(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) != -1) {
      if (body.size() + read > MAX_BODY_BYTES) {
        return null;
      }
      body.write(buffer, 0, read);
    }
    return body.toByteArray();
  }
}
