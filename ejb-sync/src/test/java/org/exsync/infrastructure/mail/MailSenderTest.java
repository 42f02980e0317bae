package org.exsync.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jakarta Mail through a real SMTP server (GreenMail), as the mail session sends it. */
class MailSenderTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Test
  void send_deliversTextAndHtmlAlternatives_withUtf8() throws Exception {
    new MailSender(session(SMTP.getSmtp().getPort()))
        .send(
            new OutgoingMail(
                List.of("ase@example.com"), "Koble postkassen – Æ", "Tekst å", "<p>Å</p>"));

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Koble postkassen – Æ");
    MimeMultipart parts = (MimeMultipart) received.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Tekst å");
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Å</p>");
  }

  @Test
  void noServerListening_failsWithTheReason_andMayBeRetried() {
    MailFailure failure =
        catchThrowableOfType(
            MailFailure.class,
            () ->
                new MailSender(session(1))
                    .send(new OutgoingMail(List.of("ase@example.com"), "s", "t", null)));

    assertThat(failure.getMessage()).startsWith("The mail server did not take the mail: ");
    assertThat(failure.isPermanent()).isFalse();
  }

  @Test
  void isValidAddress_refusesWhatSuperOfficeMayHoldButNoServerTakes() {
    assertThat(MailSender.isValidAddress("kari.nordmann@northwind.example")).isTrue();
    assertThat(MailSender.isValidAddress("kari nordmann@northwind")).isFalse();
    assertThat(MailSender.isValidAddress("kari@@northwind.example")).isFalse();
  }

  private static Session session(int port) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.from", "exsync@example.com");
    properties.put("mail.smtp.connectiontimeout", "2000");
    return Session.getInstance(properties);
  }
}
