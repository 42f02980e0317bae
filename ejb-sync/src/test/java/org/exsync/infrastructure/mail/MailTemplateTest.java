package org.exsync.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailTemplateTest {

  private static final Map<String, String> VALUES =
      Map.of(
          "name", "Åse <Ødegård>",
          "sender", "Kari & Co",
          "message", "Line one\nLine two",
          "link", "https://exsync.example/consent/register.xhtml?t=abc&x=1",
          "code", "K7PX3M9QAB",
          "url", "https://exsync.example/consent/code.xhtml",
          "expires", "1 Dec 2026");

  @Test
  void render_escapesValuesInTheHtml_butNotInTheText() {
    MailTemplate template =
        new MailTemplate(
            "Hi {name}",
            "Hello {name}, {message}",
            "<p>{name}</p><p>{message}</p><a href=\"{link}\">x</a>");

    MailTemplate.Rendered mail = template.render(VALUES);

    assertThat(mail.text()).isEqualTo("Hello Åse <Ødegård>, Line one\nLine two");
    assertThat(mail.html())
        .contains("<p>Åse &lt;Ødegård&gt;</p>")
        .contains("Line one<br>Line two")
        .contains("href=\"https://exsync.example/consent/register.xhtml?t=abc&amp;x=1\"");
  }

  @Test
  void subject_staysOnOneLine_whateverTheValues() {
    MailTemplate template = new MailTemplate("Hi {message}", "", "");

    assertThat(template.render(VALUES).subject()).isEqualTo("Hi Line one Line two");
  }

  @ParameterizedTest
  @CsvSource({
    "invitation, en, Click here to register",
    "invitation, nb, Klikk her for å registrere deg",
    "invitation, nl, Klik hier om u te registreren",
    "reauthentication, en, Click here to sign in again",
    "reauthentication, nb, Klikk her for å logge inn på nytt",
    "reauthentication, nl, Klik hier om u opnieuw aan te melden"
  })
  void shippedTemplates_carryTheLinkTheCodeAndTheSender_inTheirLanguage(
      String kind, String language, String clickHere) {
    MailTemplate.Rendered mail = DefaultTemplates.find(kind, language).orElseThrow().render(VALUES);

    assertThat(mail.html()).contains(clickHere, "K7PX3M9QAB", "Kari &amp; Co", "t=abc&amp;x=1");
    assertThat(mail.text())
        .contains(
            "https://exsync.example/consent/register.xhtml?t=abc&x=1", "K7PX3M9QAB", "Kari & Co")
        .doesNotContain("{");
    assertThat(mail.subject()).isNotBlank();
  }
}
