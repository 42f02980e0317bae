package org.exsync.sandbox.superoffice.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.exsync.sandbox.control.Counters;
import org.exsync.sandbox.superoffice.store.StoreEvent;

/**
 * Delivers change events to the webhooks that want them, one at a time in commit order on a thread
 * of its own. Like SuperOffice it tries each delivery up to three times, and a webhook whose
 * deliveries failed nine times in a row is set to TooManyErrors and gets nothing more.
 */
public final class WebhookDispatcher implements AutoCloseable {

  static final int TRIES_PER_DELIVERY = 3;
  static final int DISABLE_AFTER_CONSECUTIVE_ERRORS = 9;
  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  private final WebhookRegistry registry;
  private final Counters counters;
  private final String contextIdentifier;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile Duration retryDelay;
  private volatile ExecutorService worker = newWorker();

  public WebhookDispatcher(
      WebhookRegistry registry, Counters counters, String contextIdentifier, Duration retryDelay) {
    this.registry = registry;
    this.counters = counters;
    this.contextIdentifier = contextIdentifier;
    this.retryDelay = retryDelay;
  }

  public void retryDelay(Duration delay) {
    this.retryDelay = delay;
  }

  /** Queues the event for every webhook that wants it. */
  public void accept(StoreEvent event) {
    for (Webhook hook : registry.all()) {
      if (hook.wants(event.eventName())) {
        UUID eventId = UUID.randomUUID();
        worker.execute(() -> deliver(hook.id(), event, eventId));
      }
    }
  }

  private void deliver(int hookId, StoreEvent event, UUID eventId) {
    for (int attempt = 1; attempt <= TRIES_PER_DELIVERY; attempt++) {
      Webhook hook = registry.get(hookId).orElse(null);
      if (hook == null || !hook.state().equals("Active")) {
        return;
      }
      String body = WebhookPayload.body(event, eventId, contextIdentifier, hook.name());
      String error = post(hook, event, eventId, body);
      if (error == null) {
        registry.update(hookId, Webhook::delivered);
        counters.increment("webhooks.delivered");
        return;
      }
      registry.update(hookId, h -> h.failed(error, DISABLE_AFTER_CONSECUTIVE_ERRORS));
      counters.increment("webhooks.failed");
      if (attempt < TRIES_PER_DELIVERY && !pause()) {
        return;
      }
    }
  }

  /** Null when the target accepted the event, otherwise what went wrong. */
  private String post(Webhook hook, StoreEvent event, UUID eventId, String body) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(hook.targetUrl()))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "NetServer-Webhook/10.0")
              .header("X-SuperOffice-Event", event.eventName())
              .header("X-SuperOffice-EventId", eventId.toString())
              .header("X-SuperOffice-Signature", WebhookPayload.signature(hook.secret(), body))
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? null : "HTTP " + status + " from " + hook.targetUrl();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "Interrupted";
    } catch (Exception e) {
      LOG.log(Level.FINE, "Webhook delivery failed", e);
      return e.getClass().getSimpleName() + " posting to " + hook.targetUrl();
    }
  }

  private boolean pause() {
    try {
      Thread.sleep(retryDelay.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Drops queued deliveries and starts afresh. */
  public void reset() {
    ExecutorService old = worker;
    worker = newWorker();
    old.shutdownNow();
  }

  /** Waits until queued deliveries are done, for tests that assert on their outcome. */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    ExecutorService current = worker;
    java.util.concurrent.Future<?> marker = current.submit(() -> {});
    try {
      marker.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      return false;
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        runnable -> {
          Thread thread = new Thread(runnable, "superoffice-webhooks");
          thread.setDaemon(true);
          return thread;
        });
  }
}
