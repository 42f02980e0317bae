package org.exsync.domain.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * The invitation's place in the outgoing mail queue: when the next try is due (none when nothing is
 * to be sent) and how many tries were made. Only {@link Invitation} changes it.
 */
@Embeddable
public class MailQueue {

  @Column(name = "send_attempts", nullable = false)
  private int attempts;

  @Column(name = "next_send_at_utc")
  private LocalDateTime nextSendAt;

  void queue(Instant at) {
    nextSendAt = Utc.toColumn(Require.present(at, "at"));
  }

  void sent() {
    attempts++;
    nextSendAt = null;
  }

  /** A failed try; the next one at retryAt, or none when retryAt is null. */
  void failed(Instant retryAt) {
    attempts++;
    nextSendAt = Utc.toColumn(retryAt);
  }

  void cancel() {
    nextSendAt = null;
  }

  boolean dueAt(Instant now) {
    return nextSendAt != null && !Require.present(now, "now").isBefore(Utc.fromColumn(nextSendAt));
  }

  /** How many times Exsync tried to send the mail. */
  public int attempts() {
    return attempts;
  }

  /** When the next try is due; empty when nothing waits to be sent. */
  public Optional<Instant> nextSendAt() {
    return Optional.ofNullable(Utc.fromColumn(nextSendAt));
  }
}
