package org.exsync.sandbox.identity;

import java.util.List;
import java.util.Map;
import org.exsync.sandbox.http.Html;

/**
 * The HTML the simulated sign-in service shows: the sign-in form, the consent page, the error page
 * and the self-submitting form of {@code response_mode=form_post}. Field names are Microsoft's
 * ({@code login}, {@code passwd}, {@code ctx}, {@code acceptConsent}); every value is escaped.
 */
final class Pages {

  private static final String STYLE =
      "<style>body{font-family:Segoe UI,Arial,sans-serif;max-width:28em;margin:3em auto}"
          + "label,input,button{display:block;margin:.4em 0}.error{color:#a80000}</style>";

  private Pages() {}

  static String signIn(
      String action, String ctx, String loginHint, String error, List<String> knownAccounts) {
    StringBuilder page = head("Sign in to your account");
    page.append("<h1>Sign in</h1>");
    if (error != null) {
      page.append("<p id=\"usernameError\" class=\"error\">")
          .append(Html.text(error))
          .append("</p>");
    }
    page.append("<form method=\"post\" action=\"")
        .append(Html.text(action))
        .append("\">")
        .append(hidden("ctx", ctx))
        .append("<label for=\"login\">Email, phone, or Skype</label>")
        .append("<input type=\"email\" id=\"login\" name=\"login\" list=\"accounts\" value=\"")
        .append(Html.text(loginHint == null ? "" : loginHint))
        .append("\" required>")
        .append("<label for=\"passwd\">Password</label>")
        .append("<input type=\"password\" id=\"passwd\" name=\"passwd\" required>")
        .append("<button type=\"submit\">Sign in</button></form>");
    // The sandbox's accounts, offered as suggestions so a demo user need not look them up.
    page.append("<datalist id=\"accounts\">");
    knownAccounts.forEach(
        upn -> page.append("<option value=\"").append(Html.text(upn)).append("\">"));
    return page.append("</datalist></body></html>").toString();
  }

  static String consent(String action, String ctx, String appName, String upn, List<String> asks) {
    StringBuilder page = head("Permissions requested");
    page.append("<h1>Permissions requested</h1><p>")
        .append(Html.text(appName))
        .append(" would like to:</p><ul>");
    asks.forEach(ask -> page.append("<li>").append(Html.text(ask)).append("</li>"));
    page.append("</ul><p>Signed in as ")
        .append(Html.text(upn))
        .append("</p>")
        .append("<form method=\"post\" action=\"")
        .append(Html.text(action))
        .append("\">")
        .append(hidden("ctx", ctx))
        .append("<button type=\"submit\" name=\"acceptConsent\" value=\"true\">Accept</button>")
        .append("<button type=\"submit\" name=\"acceptConsent\" value=\"false\">Cancel</button>")
        .append("</form></body></html>");
    return page.toString();
  }

  static String error(AadError error, Trace trace) {
    return head("Sign in to your account")
        .append("<h1>Sorry, but we\u2019re having trouble signing you in.</h1>")
        .append("<p class=\"error\" id=\"errorMessage\">AADSTS")
        .append(error.code())
        .append(": ")
        .append(Html.text(error.message()))
        .append("</p><dl><dt>Request Id</dt><dd>")
        .append(Html.text(trace.traceId()))
        .append("</dd><dt>Correlation Id</dt><dd>")
        .append(Html.text(trace.correlationId()))
        .append("</dd><dt>Timestamp</dt><dd>")
        .append(AadError.TIMESTAMP.format(trace.time()))
        .append("</dd></dl></body></html>")
        .toString();
  }

  /** Microsoft's form_post answer: a hidden form that the browser posts to the redirect URI. */
  static String formPost(String redirectUri, Map<String, String> fields) {
    StringBuilder page =
        new StringBuilder("<html><head><title>Working...</title></head><body>")
            .append("<form method=\"POST\" name=\"hiddenform\" action=\"")
            .append(Html.text(redirectUri))
            .append("\">");
    fields.forEach((name, value) -> page.append(hidden(name, value)));
    return page.append("<noscript><p>Script is disabled. Click Submit to continue.</p>")
        .append("<input type=\"submit\" value=\"Submit\" /></noscript></form>")
        .append("<script language=\"javascript\">document.forms[0].submit();</script>")
        .append("</body></html>")
        .toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(Html.text(title))
        .append("</title>")
        .append(STYLE)
        .append("</head><body>");
  }

  private static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\""
        + Html.text(name)
        + "\" value=\""
        + Html.text(value)
        + "\" />";
  }
}
