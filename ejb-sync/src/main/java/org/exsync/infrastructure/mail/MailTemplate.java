package org.exsync.infrastructure.mail;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail's subject, plain text and HTML with {@code {placeholder}} fields. Values are inserted as
 * they are into subject and text, and HTML-escaped into the HTML, so no value can add markup.
 *
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body
 */
public record MailTemplate(String subject, String text, String html) {

  private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z]+)}");

  public MailTemplate {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(html, "html");
  }

  /** The mail with the values filled in; an unknown placeholder stays as written. */
  public Rendered render(Map<String, String> values) {
    return new Rendered(
        fill(subject, values, false).replaceAll("[\\r\\n]+", " "),
        fill(text, values, false),
        fill(html, values, true));
  }

  private static String fill(String template, Map<String, String> values, boolean escape) {
    Matcher matcher = FIELD.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      String replacement =
          value == null ? matcher.group() : escape ? Html.paragraphs(value) : value;
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** A mail's parts after the values were filled in. */
  public record Rendered(String subject, String text, String html) {}
}
