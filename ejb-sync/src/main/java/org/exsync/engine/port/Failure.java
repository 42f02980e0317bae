package org.exsync.engine.port;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed failure across a port. The reason says what happened in words an admin understands, never
 * with a secret in it; a denial also says what the admin must do about it.
 *
 * @param kind what kind of failure
 * @param reason what happened
 * @param backoff how long to wait before the next call, for {@link FailureKind#THROTTLED} only
 * @param fix what an admin does to repair it, for {@link FailureKind#DENIED} only
 */
public record Failure(FailureKind kind, String reason, Duration backoff, String fix) {

  public Failure {
    Objects.requireNonNull(kind, "kind");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A " + kind + " failure needs its reason");
    }
    if ((kind == FailureKind.THROTTLED) != (backoff != null)) {
      throw new IllegalArgumentException("Exactly a THROTTLED failure carries a back-off");
    }
    if (backoff != null && backoff.isNegative()) {
      throw new IllegalArgumentException("A back-off must not be negative, got " + backoff);
    }
    if ((kind == FailureKind.DENIED) != (fix != null && !fix.isBlank())) {
      throw new IllegalArgumentException("Exactly a DENIED failure says how to fix it");
    }
  }

  public static Failure throttled(Duration backoff, String reason) {
    return new Failure(FailureKind.THROTTLED, reason, backoff, null);
  }

  public static Failure needsReauthentication(String reason) {
    return new Failure(FailureKind.NEEDS_REAUTHENTICATION, reason, null, null);
  }

  public static Failure transientFailure(String reason) {
    return new Failure(FailureKind.TRANSIENT, reason, null, null);
  }

  public static Failure conflict(String reason) {
    return new Failure(FailureKind.CONFLICT, reason, null, null);
  }

  public static Failure gone(String reason) {
    return new Failure(FailureKind.GONE, reason, null, null);
  }

  public static Failure rejected(String reason) {
    return new Failure(FailureKind.REJECTED, reason, null, null);
  }

  public static Failure denied(String reason, String fix) {
    return new Failure(FailureKind.DENIED, reason, null, fix);
  }

  /** Whether the same call may succeed later without anybody doing anything. */
  public boolean isRetryable() {
    return switch (kind) {
      case THROTTLED, TRANSIENT -> true;
      case NEEDS_REAUTHENTICATION, CONFLICT, GONE, REJECTED, DENIED -> false;
    };
  }

  public Optional<Duration> backoffIfThrottled() {
    return Optional.ofNullable(backoff);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name()).append(": ").append(reason);
    if (backoff != null) {
      text.append(" (back off ").append(backoff.toMillis()).append(" ms)");
    }
    if (fix != null) {
      text.append(" Fix: ").append(fix);
    }
    return text.toString();
  }
}
