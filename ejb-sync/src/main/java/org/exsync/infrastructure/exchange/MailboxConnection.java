package org.exsync.infrastructure.exchange;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ConnectingIdType;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.ImpersonatedUserId;
import org.exsync.engine.port.AccessTokens;
import org.exsync.engine.port.ExchangeAuth;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;

/**
 * One mailbox's {@code ExchangeService}, which holds one connection and is not thread-safe, and the
 * rules every request follows: a current bearer token before it; on HTTP 401 one renewed token and
 * one more try, never a loop; a short back-off Exchange asks for waited out and the request sent
 * again, a few times at most; a connection idle longer than {@link EwsOptions#idleLimit} closed
 * before the next request rather than found closed by the server, since a write sent on it could
 * not be repeated; a read that lost its connection before any answer anyway sent once more on a
 * fresh one; every other failure typed.
 */
final class MailboxConnection implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MailboxConnection.class.getName());

  private final MailboxAccess access;
  private final EwsOptions options;
  private final EwsFailures failures;
  private final EwsService service;
  private final AccessTokens tokens;
  private long requests;
  private long waitedMillis;

  MailboxConnection(MailboxAccess access, EwsOptions options) {
    this.access = access;
    this.options = options;
    this.failures = new EwsFailures(access, options.defaultBackoff());
    this.service = new EwsService();
    service.setUrl(access.ewsUrl());
    service.setTimeout((int) options.timeout().toMillis());
    service.setUserAgent("Exsync");
    // Exchange Online routes a request to the mailbox's server by this header.
    service.getHttpHeaders().put("X-AnchorMailbox", access.smtpAddress());
    ExchangeAuth auth = access.auth();
    if (auth instanceof ExchangeAuth.ServiceAccount account) {
      service.setCredentials(
          new WebCredentials(account.userName(), account.password(), account.domain()));
      tokens = null;
      if (account.impersonate()) {
        impersonate();
      }
    } else if (auth instanceof ExchangeAuth.AppOnly appOnly) {
      tokens = appOnly.tokens();
      impersonate();
    } else {
      tokens = ((ExchangeAuth.Delegated) auth).tokens();
    }
  }

  private void impersonate() {
    service.setImpersonatedUserId(
        new ImpersonatedUserId(ConnectingIdType.SmtpAddress, access.smtpAddress()));
  }

  MailboxAccess access() {
    return access;
  }

  EwsFailures failures() {
    return failures;
  }

  /** Requests sent so far, retries included. */
  long requests() {
    return requests;
  }

  /** Time spent waiting out back-offs Exchange asked for. */
  Duration waited() {
    return Duration.ofMillis(waitedMillis);
  }

  /** Sends a request that changes the mailbox under the rules above; never throws. */
  <T> Outcome<T> call(String operation, EwsRequest<T> request) {
    return send(operation, request, false);
  }

  /**
   * Sends a request that only reads, which may be sent again when its connection broke before an
   * answer came: Exchange did nothing that a second try could repeat.
   */
  <T> Outcome<T> read(String operation, EwsRequest<T> request) {
    return send(operation, request, true);
  }

  private <T> Outcome<T> send(String operation, EwsRequest<T> request, boolean idempotent) {
    Outcome<Boolean> authorized = authorize(false);
    if (!authorized.isDone()) {
      return Outcome.failed(authorized.failure().orElseThrow());
    }
    boolean renewed = false;
    boolean resent = false;
    int waits = 0;
    while (true) {
      try {
        requests++;
        service.closeConnectionIdleFor(options.idleLimit());
        return Outcome.done(request.send(service));
      } catch (Exception e) {
        if (EwsFailures.isUnauthorized(e) && tokens != null && !renewed) {
          renewed = true;
          Outcome<Boolean> again = authorize(true);
          if (!again.isDone()) {
            return Outcome.failed(again.failure().orElseThrow());
          }
          continue;
        }
        if (idempotent && !resent && EwsFailures.isBrokenConnection(e)) {
          resent = true;
          LOG.log(
              Level.FINE, operation + " on " + access.smtpAddress() + " lost its connection", e);
          continue;
        }
        Failure failure = failures.ofRequest(e);
        if (failure.kind() == FailureKind.THROTTLED
            && waits < options.maxInlineWaits()
            && failure.backoff().compareTo(options.maxInlineBackoff()) <= 0) {
          waits++;
          if (!pause(failure.backoff())) {
            return Outcome.failed(failure);
          }
          continue;
        }
        if (failure.kind() == FailureKind.TRANSIENT) {
          LOG.log(Level.FINE, operation + " on " + access.smtpAddress() + " failed", e);
        }
        return Outcome.failed(failure);
      }
    }
  }

  /** Puts a current (or, after a 401, a renewed) bearer token on the service. */
  private Outcome<Boolean> authorize(boolean renew) {
    if (tokens == null) {
      return Outcome.done(true);
    }
    Outcome<String> token;
    try {
      token = renew ? tokens.renewed() : tokens.current();
    } catch (RuntimeException e) {
      return Outcome.failed(
          Failure.transientFailure(
              "No access token for " + access.smtpAddress() + ": " + e.getClass().getSimpleName()));
    }
    if (!token.isDone()) {
      return Outcome.failed(token.failure().orElseThrow());
    }
    service.getHttpHeaders().put("Authorization", "Bearer " + token.value());
    return Outcome.done(true);
  }

  private boolean pause(Duration backoff) {
    try {
      Thread.sleep(backoff.toMillis());
      waitedMillis += backoff.toMillis();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  ExchangeService service() {
    return service;
  }

  @Override
  public void close() {
    service.close();
  }
}
