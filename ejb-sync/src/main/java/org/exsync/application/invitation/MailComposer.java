package org.exsync.application.invitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.exsync.application.settings.RegistrationSettings;
import org.exsync.application.settings.SettingsService;
import org.exsync.domain.invitation.Invitation;
import org.exsync.domain.invitation.InvitationPurpose;
import org.exsync.infrastructure.mail.DefaultTemplates;
import org.exsync.infrastructure.mail.MailTemplate;
import org.exsync.infrastructure.mail.OutgoingMail;

/**
 * Writes an invitation's mail from its template: the admin's edited one when there is one (setting
 * {@code mail.template.<kind>.<language>.<subject|text|html>}), otherwise the shipped one.
 */
@Stateless
public class MailComposer {

  @Inject private SettingsService settings;

  public OutgoingMail compose(Invitation invitation) {
    RegistrationSettings registration = settings.registration();
    Map<String, String> values =
        Map.of(
            "name", invitation.getAssociate().getName(),
            "sender", invitation.getWording().getSenderName().orElse("Exsync"),
            "message", invitation.getWording().getMessageText().orElse(""),
            "link", registration.linkFor(invitation.getLinkToken()).toString(),
            "code", invitation.getCode(),
            "url", registration.codePage().toString(),
            "expires",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(Locale.forLanguageTag(invitation.getLanguage()))
                        .withZone(ZoneOffset.UTC)
                        .format(invitation.getExpiresAt())
                    + " UTC");
    MailTemplate.Rendered mail =
        template(invitation.getPurpose(), invitation.getLanguage()).render(values);
    return new OutgoingMail(
        List.of(invitation.getEmail()), mail.subject(), mail.text(), mail.html());
  }

  /** The template in force for a kind of mail and a language: edited, or shipped, or English. */
  public MailTemplate template(InvitationPurpose purpose, String language) {
    String kind = kind(purpose);
    String lang = DefaultTemplates.LANGUAGES.contains(language) ? language : "en";
    MailTemplate shipped = DefaultTemplates.find(kind, lang).orElseThrow();
    String prefix = "mail.template." + kind + "." + lang + ".";
    return new MailTemplate(
        settings.text(prefix + "subject").orElse(shipped.subject()),
        settings.text(prefix + "text").orElse(shipped.text()),
        settings.text(prefix + "html").orElse(shipped.html()));
  }

  /** Stores the admin's version of a template. */
  public void updateTemplate(InvitationPurpose purpose, String language, MailTemplate template) {
    if (!DefaultTemplates.LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "Mail templates exist in " + DefaultTemplates.LANGUAGES + ", not in '" + language + "'");
    }
    for (String field : List.of("{link}", "{code}")) {
      if (!template.text().contains(field) || !template.html().contains(field)) {
        throw new IllegalArgumentException(
            "The text and the HTML of the mail must both contain "
                + field
                + ", or the user cannot register");
      }
    }
    String prefix = "mail.template." + kind(purpose) + "." + language + ".";
    settings.putText(prefix + "subject", template.subject());
    settings.putText(prefix + "text", template.text());
    settings.putText(prefix + "html", template.html());
  }

  private static String kind(InvitationPurpose purpose) {
    return purpose.name().toLowerCase(Locale.ROOT);
  }
}
