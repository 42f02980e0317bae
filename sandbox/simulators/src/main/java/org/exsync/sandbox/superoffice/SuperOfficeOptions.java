package org.exsync.sandbox.superoffice;

import java.time.Duration;
import org.exsync.sandbox.control.Latency;

/**
 * How a simulated tenant behaves.
 *
 * @param contextIdentifier the tenant id, such as {@code Cust26759}
 * @param ticketLifetime how long a system user ticket works (6 hours on SuperOffice Online)
 * @param rateLimitPerSecond calls a second an application may make (10 for custom apps), 0 for no
 *     limit
 * @param webhookRetryDelay the pause between tries of one webhook delivery
 * @param latency how long requests take
 */
public record SuperOfficeOptions(
    String contextIdentifier,
    Duration ticketLifetime,
    int rateLimitPerSecond,
    Duration webhookRetryDelay,
    Latency latency) {

  public static SuperOfficeOptions defaults() {
    return new SuperOfficeOptions(
        "Cust26759", Duration.ofHours(6), 10, Duration.ofSeconds(10), Latency.NONE);
  }

  public SuperOfficeOptions withRateLimit(int perSecond) {
    return new SuperOfficeOptions(
        contextIdentifier, ticketLifetime, perSecond, webhookRetryDelay, latency);
  }

  public SuperOfficeOptions withTicketLifetime(Duration lifetime) {
    return new SuperOfficeOptions(
        contextIdentifier, lifetime, rateLimitPerSecond, webhookRetryDelay, latency);
  }

  public SuperOfficeOptions withWebhookRetryDelay(Duration delay) {
    return new SuperOfficeOptions(
        contextIdentifier, ticketLifetime, rateLimitPerSecond, delay, latency);
  }

  public SuperOfficeOptions withLatency(Latency next) {
    return new SuperOfficeOptions(
        contextIdentifier, ticketLifetime, rateLimitPerSecond, webhookRetryDelay, next);
  }
}
