package org.exsync.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.exsync.application.invitation.InvitationMailer;

/**
 * Works off the invitation mail queue and expires old invitations every few seconds ({@code
 * exsync.mail.queue-interval-seconds}, default 10). Not persistent: a missed tick is simply the
 * next one, and the queue lives in the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ConsentTimer {

  @Resource private TimerService timers;
  @Inject private InvitationMailer mailer;

  @Inject
  @ConfigProperty(name = "exsync.mail.queue-interval-seconds", defaultValue = "10")
  private long intervalSeconds;

  @PostConstruct
  void start() {
    long interval = Duration.ofSeconds(Math.max(1, intervalSeconds)).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("invitation mail queue", false));
  }

  @Timeout
  void tick() {
    mailer.expireDue();
    mailer.sendDue();
  }
}
