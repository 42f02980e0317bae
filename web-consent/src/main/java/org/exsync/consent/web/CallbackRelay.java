package org.exsync.consent.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.exsync.application.consent.CallbackAnswer;

/**
 * Holds Microsoft's form_post answer for the one redirect that follows it. The post comes from
 * Microsoft's site, so the browser sends no SameSite=Lax session cookie with it; the redirect to
 * {@code callback?relay=<id>} is a top-level navigation, which does carry the cookie, and there the
 * answer is checked against the session's sign-in. The code never appears in a URL.
 */
@ApplicationScoped
public class CallbackRelay {

  static final Duration LIFETIME = Duration.ofMinutes(2);
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Held(CallbackAnswer answer, Instant until) {}

  private final Map<String, Held> held = new ConcurrentHashMap<>();

  public String hold(CallbackAnswer answer) {
    Instant now = Instant.now();
    held.values().removeIf(h -> h.until().isBefore(now));
    byte[] id = new byte[24];
    RANDOM.nextBytes(id);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    held.put(key, new Held(answer, now.plus(LIFETIME)));
    return key;
  }

  /** The held answer, once. */
  public Optional<CallbackAnswer> take(String key) {
    Held taken = key == null ? null : held.remove(key);
    return taken == null || taken.until().isBefore(Instant.now())
        ? Optional.empty()
        : Optional.of(taken.answer());
  }
}
