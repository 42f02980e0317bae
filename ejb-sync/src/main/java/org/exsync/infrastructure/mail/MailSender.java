package org.exsync.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends mail through the Payara Jakarta Mail session {@code mail/exsync} (server-config sets its
 * SMTP host, port and sender). A failure comes back as a {@link MailFailure} with the SMTP server's
 * own words.
 */
@ApplicationScoped
public class MailSender {

  @Resource(lookup = "mail/exsync")
  private Session session;

  public MailSender() {}

  /** For tests outside the server: a sender on the given session. */
  public MailSender(Session session) {
    this.session = session;
  }

  public void send(OutgoingMail mail) throws MailFailure {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom();
      for (String to : mail.to()) {
        message.addRecipient(Message.RecipientType.TO, parse(to));
      }
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      if (mail.html() == null) {
        message.setText(mail.text(), StandardCharsets.UTF_8.name());
      } else {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
      }
      Transport.send(message);
    } catch (SendFailedException e) {
      throw new MailFailure(describe(e), e.getInvalidAddresses() != null, e);
    } catch (MessagingException e) {
      throw new MailFailure(describe(e), false, e);
    }
  }

  /** Whether Jakarta Mail accepts the address as a strict RFC 822 address. */
  public static boolean isValidAddress(String address) {
    try {
      new InternetAddress(address, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  private static Address parse(String address) throws MessagingException {
    return new InternetAddress(address, true);
  }

  /** The innermost message, which is the SMTP server's reply when it refused. */
  private static String describe(MessagingException failure) {
    String message = failure.getMessage();
    for (Exception next = failure.getNextException(); next != null; ) {
      if (next.getMessage() != null) {
        message = next.getMessage();
      }
      next = next instanceof MessagingException m ? m.getNextException() : null;
    }
    String text = message == null ? failure.getClass().getSimpleName() : message.strip();
    return "The mail server did not take the mail: " + text;
  }
}
