package org.exsync.sandbox.control;

import java.util.Locale;

/**
 * One injected failure and which requests it hits.
 *
 * @param kind what happens
 * @param operation the operation it applies to (EWS operation name such as {@code GetItem}, REST
 *     resource such as {@code Appointment}, identity endpoint such as {@code token}), or {@code
 *     null} for all
 * @param principal the mailbox, user or account it applies to (compared case-insensitively), or
 *     {@code null} for all
 * @param share the share of matching requests hit, from 0 (exclusive) to 1
 * @param times how many requests it hits before it is spent, or {@link #UNLIMITED}
 * @param status the HTTP status for {@link FaultKind#HTTP_STATUS}
 * @param delayMillis the delay for {@link FaultKind#TIMEOUT} and {@link FaultKind#SLOW}; for an
 *     {@link FaultKind#HTTP_STATUS} 429 or 503 of the SuperOffice simulator, the {@code
 *     Retry-After} it announces (whole seconds, at least one)
 */
public record FaultRule(
    FaultKind kind,
    String operation,
    String principal,
    double share,
    int times,
    int status,
    long delayMillis) {

  public static final int UNLIMITED = -1;

  public FaultRule {
    if (kind == null) {
      throw new IllegalArgumentException("A fault rule needs a kind");
    }
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be above 0 and at most 1, was " + share);
    }
    if (times == 0 || times < UNLIMITED) {
      throw new IllegalArgumentException("times must be positive or UNLIMITED, was " + times);
    }
    if (kind == FaultKind.HTTP_STATUS && (status < 400 || status > 599)) {
      throw new IllegalArgumentException("HTTP_STATUS needs a 4xx or 5xx status, was " + status);
    }
    if ((kind == FaultKind.TIMEOUT || kind == FaultKind.SLOW) && delayMillis <= 0) {
      throw new IllegalArgumentException(kind + " needs a positive delay, was " + delayMillis);
    }
  }

  /** Every matching request, until removed. */
  public static FaultRule always(FaultKind kind) {
    return new FaultRule(kind, null, null, 1, UNLIMITED, 503, 1);
  }

  public FaultRule forOperation(String operation) {
    return new FaultRule(kind, operation, principal, share, times, status, delayMillis);
  }

  public FaultRule forPrincipal(String principal) {
    return new FaultRule(kind, operation, principal, share, times, status, delayMillis);
  }

  public FaultRule onShare(double share) {
    return new FaultRule(kind, operation, principal, share, times, status, delayMillis);
  }

  public FaultRule times(int times) {
    return new FaultRule(kind, operation, principal, share, times, status, delayMillis);
  }

  public FaultRule withStatus(int status) {
    return new FaultRule(kind, operation, principal, share, times, status, delayMillis);
  }

  public FaultRule withDelayMillis(long delayMillis) {
    return new FaultRule(kind, operation, principal, share, times, status, delayMillis);
  }

  /** Holds the calling request for the rule's delay, as a slow or hanging server would. */
  public void holdForDelay() {
    try {
      Thread.sleep(delayMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean matches(String requestOperation, String requestPrincipal) {
    return (operation == null || operation.equalsIgnoreCase(requestOperation))
        && (principal == null
            || (requestPrincipal != null
                && principal
                    .toLowerCase(Locale.ROOT)
                    .equals(requestPrincipal.toLowerCase(Locale.ROOT))));
  }
}
