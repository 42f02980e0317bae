package org.exsync.sandbox.superoffice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's clock: the system clock until a test sets or advances it, so that change times,
 * ticket expiry and the rate limit can be tested without sleeping.
 */
public final class SettableClock extends Clock {

  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  /** Stops the clock at this instant. */
  public void set(Instant instant) {
    fixed.set(instant);
  }

  /** Moves the clock on (stopping it first if it was running). */
  public void advance(Duration duration) {
    fixed.getAndUpdate(now -> (now == null ? Instant.now() : now).plus(duration));
  }

  /** Lets the clock run with the system clock again. */
  public void useSystemTime() {
    fixed.set(null);
  }

  @Override
  public Instant instant() {
    Instant now = fixed.get();
    return now == null ? Instant.now() : now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
