package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM at the port base + 25, where server-config points
 * the test domain's mail session, and the mails it received.
 */
final class SmtpServer implements AutoCloseable {

  private static final Pattern LINK =
      Pattern.compile("(https?://\\S+/register\\.xhtml\\?t=[A-Za-z0-9_-]+)");

  private final GreenMail server;

  SmtpServer() {
    server = new GreenMail(new ServerSetup(TargetDomain.portBase() + 25, "127.0.0.1", "smtp"));
    server.start();
  }

  /** Waits for a mail to the address whose subject contains the words; fails after 60 seconds. */
  MimeMessage awaitMail(String to, String subjectContains) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      for (MimeMessage message : server.getReceivedMessages()) {
        boolean addressed =
            Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().equalsIgnoreCase(to));
        if (addressed && message.getSubject().contains(subjectContains)) {
          return message;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        "No mail to "
            + to
            + " about '"
            + subjectContains
            + "' within 60 s; received: "
            + subjects());
  }

  /**
   * Waits until at least count mails to the address about the words arrived; the newest of them.
   */
  MimeMessage awaitNewest(String to, String subjectContains, int count) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    List<MimeMessage> found = List.of();
    while (Instant.now().isBefore(until)) {
      List<MimeMessage> matching = new java.util.ArrayList<>();
      for (MimeMessage message : server.getReceivedMessages()) {
        boolean addressed =
            Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .anyMatch(a -> a.toString().equalsIgnoreCase(to));
        if (addressed && message.getSubject().contains(subjectContains)) {
          matching.add(message);
        }
      }
      found = matching;
      if (found.size() >= count) {
        return found.get(found.size() - 1);
      }
      Thread.sleep(250);
    }
    throw new AssertionError(
        found.size() + " of " + count + " mails to " + to + " about '" + subjectContains + "'");
  }

  /** The registration link in the mail's plain-text part, as a user would click it. */
  static String registrationLink(MimeMessage message) throws Exception {
    String text = textPart(message);
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as("a registration link in: " + text).isTrue();
    return link.group(1);
  }

  static String textPart(Part part) throws Exception {
    return partOf(part, "text/plain");
  }

  static String htmlPart(Part part) throws Exception {
    return partOf(part, "text/html");
  }

  /** The first part of that type, searched through nested multiparts; null when there is none. */
  private static String partOf(Part part, String mimeType) throws Exception {
    if (part.isMimeType(mimeType)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String found = partOf(multipart.getBodyPart(i), mimeType);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  List<String> subjects() {
    return Arrays.stream(server.getReceivedMessages())
        .map(
            m ->
                GreenMailUtil.getHeaders(m)
                    .lines()
                    .filter(l -> l.startsWith("Subject"))
                    .findFirst()
                    .orElse(""))
        .toList();
  }

  @Override
  public void close() {
    server.stop();
  }
}
