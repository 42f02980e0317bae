package org.exsync.infrastructure.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The mail texts Exsync ships, per kind of mail and language, in {@code mail/<kind>.<language>
 * .properties} (UTF-8, keys subject, text and html). English, Norwegian (Bokmål) and Dutch.
 */
public final class DefaultTemplates {

  /** The languages a mail can be sent in, English first. */
  public static final List<String> LANGUAGES = List.of("en", "nb", "nl");

  private DefaultTemplates() {}

  /**
   * The shipped template of a kind ({@code invitation}, {@code reauthentication}) in a language.
   */
  public static Optional<MailTemplate> find(String kind, String language) {
    String resource = "/mail/" + kind + "." + language + ".properties";
    try (InputStream in = DefaultTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties parts = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        parts.load(reader);
      }
      return Optional.of(
          new MailTemplate(
              parts.getProperty("subject"), parts.getProperty("text"), parts.getProperty("html")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the mail template " + resource, e);
    }
  }
}
