package org.exsync.application.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens in memory only, never in the database or a log: per delegated grant, and per tenant
 * for app-only tokens. A token counts as valid until five minutes before it expires, so a connector
 * never starts a call with a token about to run out.
 */
@ApplicationScoped
public class AccessTokenCache {

  static final Duration AHEAD = Duration.ofMinutes(5);

  private record Entry(String token, Instant expiresAt) {}

  private final Map<String, Entry> tokens = new ConcurrentHashMap<>();

  public Optional<String> valid(String key, Instant now) {
    Entry entry = tokens.get(key);
    return entry != null && now.isBefore(entry.expiresAt().minus(AHEAD))
        ? Optional.of(entry.token())
        : Optional.empty();
  }

  public void put(String key, String token, Instant expiresAt) {
    tokens.put(key, new Entry(token, expiresAt));
  }

  public void forget(String key) {
    tokens.remove(key);
  }
}
