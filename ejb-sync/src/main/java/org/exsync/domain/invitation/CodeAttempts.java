package org.exsync.domain.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import org.exsync.domain.shared.Require;
import org.exsync.domain.shared.Utc;

/**
 * Wrong codes typed for one invitation, and the lockout they lead to: the maximum-th wrong code in
 * a row locks it for the lockout, whatever address the codes came from. Stored, so that the limit
 * holds across restarts and across servers. Only {@link Invitation} changes it.
 */
@Embeddable
public class CodeAttempts {

  @Column(name = "failed_code_attempts", nullable = false)
  private int failed;

  @Column(name = "locked_until_utc")
  private LocalDateTime lockedUntil;

  /** Whether wrong codes locked the invitation at that moment. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && Require.present(now, "now").isBefore(Utc.fromColumn(lockedUntil));
  }

  /** Counts a wrong code; the max-th in a row locks the invitation for the lockout. */
  public void failed(Instant now, int max, Duration lockout) {
    Require.atLeast(max, 1, "max");
    if (lockedUntil != null && !lockedAt(now)) {
      lockedUntil = null;
      failed = 0;
    }
    failed++;
    if (failed >= max) {
      lockedUntil = Utc.toColumn(now.plus(Require.present(lockout, "lockout")));
    }
  }

  /** The right code was typed: the count of wrong ones starts again. */
  public void succeeded() {
    failed = 0;
    lockedUntil = null;
  }

  public int failedInARow() {
    return failed;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(Utc.fromColumn(lockedUntil));
  }
}
