package org.exsync.infrastructure.superoffice.http;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.exsync.engine.port.Failure;
import org.exsync.engine.port.Outcome;

/**
 * Every call to one tenant's Web API goes through here: it finds the API, signs the call in, keeps
 * to the rate limit, renews the ticket once on 401, waits out a {@code Retry-After} up to the
 * longest wait the settings allow, tries a GET, PUT or DELETE again after a passing fault, and
 * turns any other error into a typed {@link Failure}. Thread-safe; one per tenant.
 */
public final class WebApiClient {

  private static final System.Logger LOG = System.getLogger(WebApiClient.class.getName());

  /** Tries after a passing fault (5xx, no answer), for requests that may be repeated. */
  private static final int PASSING_FAULT_TRIES = 3;

  private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(1);

  private final HttpTransport transport;
  private final ApiLocator locator;
  private final Authorization authorization;
  private final ClientRateLimiter limiter;
  private final Duration longestWait;
  private final AtomicLong requests = new AtomicLong();

  public WebApiClient(
      HttpTransport transport,
      ApiLocator locator,
      Authorization authorization,
      ClientRateLimiter limiter,
      Duration longestWait) {
    this.transport = transport;
    this.locator = locator;
    this.authorization = authorization;
    this.limiter = limiter;
    this.longestWait = longestWait;
  }

  /** Requests sent to the Web API so far, retries included. */
  public long requests() {
    return requests.get();
  }

  /** The answer of a status below 400 (304 included), or the typed failure. */
  public Outcome<Reply> call(ApiRequest request) {
    boolean renewed = false;
    Duration waited = Duration.ZERO;
    int tries = 0;
    while (true) {
      tries++;
      Outcome<URI> target = locator.root().then(root -> resolve(root, request.target()));
      if (!target.isDone()) {
        return Outcome.failed(target.failure().orElseThrow());
      }
      Outcome<Map<String, String>> credentials = authorization.headers();
      if (!credentials.isDone()) {
        return Outcome.failed(credentials.failure().orElseThrow());
      }
      Map<String, String> headers = new LinkedHashMap<>(credentials.value());
      headers.putAll(request.headers());
      if (!limiter.acquire()) {
        return Outcome.failed(Failure.transientFailure(request.describe() + " was interrupted"));
      }
      requests.incrementAndGet();
      Outcome<Reply> sent =
          transport.exchange(
              request.method(), target.value(), headers, request.body(), request.describe());
      if (!sent.isDone()) {
        if (request.idempotent() && tries < PASSING_FAULT_TRIES && pause(tries)) {
          continue;
        }
        return sent;
      }
      Reply reply = sent.value();
      int status = reply.status();
      if (status < 400) {
        return sent;
      }
      if (status == 401 && !renewed && authorization.renew(credentials.value())) {
        renewed = true;
        continue;
      }
      if (status == 429 || (status == 503 && !reply.retryAfter().isEmpty())) {
        Duration backoff = retryAfter(reply);
        if (waited.plus(backoff).compareTo(longestWait) <= 0 && sleep(backoff)) {
          LOG.log(
              System.Logger.Level.INFO,
              "SuperOffice asked to wait {0} ms before {1}",
              backoff.toMillis(),
              request.describe());
          waited = waited.plus(backoff);
          continue;
        }
        return Outcome.failed(
            Failure.throttled(
                backoff,
                request.describe()
                    + " was throttled by SuperOffice (HTTP "
                    + status
                    + ") after waiting "
                    + waited.toMillis()
                    + " ms"));
      }
      if (status >= 500 && request.idempotent() && tries < PASSING_FAULT_TRIES && pause(tries)) {
        continue;
      }
      return Outcome.failed(Failures.of(reply, request.describe(), DEFAULT_BACKOFF));
    }
  }

  /**
   * A next link is followed only within the tenant's own API: the ticket must never travel to a
   * host the link names otherwise.
   */
  private static Outcome<URI> resolve(URI root, String target) {
    if (!target.startsWith("http://") && !target.startsWith("https://")) {
      return Outcome.done(URI.create(root + target));
    }
    if (!target.startsWith(root.toString())) {
      return Outcome.failed(
          Failure.rejected("SuperOffice sent a link outside its API, not followed: " + target));
    }
    return Outcome.done(URI.create(target));
  }

  /** Retry-After in seconds or as an HTTP date; a second when it says nothing usable. */
  static Duration retryAfter(Reply reply) {
    String value = reply.retryAfter().trim();
    if (value.matches("\\d{1,6}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      Duration until =
          Duration.between(
              ZonedDateTime.now(),
              ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
      return until.isNegative() ? Duration.ZERO : until;
    } catch (DateTimeParseException e) {
      return DEFAULT_BACKOFF;
    }
  }

  private static boolean pause(int tries) {
    return sleep(Duration.ofMillis(100L * tries * tries));
  }

  private static boolean sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
