package org.exsync.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed registration attempts per client address (unknown links, wrong codes): ten within fifteen
 * minutes lock the address out for fifteen minutes. Held in memory per server; the lockout per
 * invitation, which is stored, holds across servers.
 */
@ApplicationScoped
public class ClientAttempts {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCKOUT = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 100_000;

  private static final class Track {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant lockedUntil = Instant.MIN;
  }

  private final Map<String, Track> clients = new ConcurrentHashMap<>();

  /** Whether the address may try now. */
  public boolean allowed(String client, Instant now) {
    Track track = clients.get(key(client));
    if (track == null) {
      return true;
    }
    synchronized (track) {
      return !now.isBefore(track.lockedUntil);
    }
  }

  /** Counts a failure; the tenth within the window locks the address out. */
  public void failed(String client, Instant now) {
    if (clients.size() > MAX_TRACKED) {
      clients.entrySet().removeIf(e -> idle(e.getValue(), now));
    }
    Track track = clients.computeIfAbsent(key(client), k -> new Track());
    synchronized (track) {
      while (!track.failures.isEmpty() && track.failures.peekFirst().isBefore(now.minus(WINDOW))) {
        track.failures.removeFirst();
      }
      track.failures.addLast(now);
      if (track.failures.size() >= MAX_FAILURES) {
        track.lockedUntil = now.plus(LOCKOUT);
        track.failures.clear();
      }
    }
  }

  private static boolean idle(Track track, Instant now) {
    synchronized (track) {
      return now.isAfter(track.lockedUntil)
          && (track.failures.isEmpty() || track.failures.peekLast().isBefore(now.minus(WINDOW)));
    }
  }

  private static String key(String client) {
    return client == null || client.isBlank() ? "unknown" : client;
  }
}
