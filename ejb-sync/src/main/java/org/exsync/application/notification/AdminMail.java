package org.exsync.application.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.exsync.infrastructure.mail.MailFailure;
import org.exsync.infrastructure.mail.MailSender;
import org.exsync.infrastructure.mail.OutgoingMail;

/**
 * Sends mail to the admins off the caller's thread; a failure is logged with the server's reply.
 */
@Stateless
public class AdminMail {

  private static final Logger LOG = Logger.getLogger(AdminMail.class.getName());

  @Inject private MailSender sender;

  @Asynchronous
  public void send(OutgoingMail mail) {
    try {
      sender.send(mail);
    } catch (MailFailure e) {
      LOG.warning(
          () ->
              "Admin mail '" + mail.subject() + "' to " + mail.to() + " failed: " + e.getMessage());
    }
  }
}
