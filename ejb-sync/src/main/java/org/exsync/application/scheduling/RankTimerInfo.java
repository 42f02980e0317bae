package org.exsync.application.scheduling;

import java.io.Serializable;
import java.util.Optional;

/**
 * What a rank's persistent timer carries, as text so that it reads back across versions of Exsync:
 * the rank's id and the interval it was made with, which tells a timer that must be made again
 * after the admin changed the rank.
 */
record RankTimerInfo(long rankId, long intervalSeconds) {

  private static final String PREFIX = "exsync-rank:";

  String text() {
    return PREFIX + rankId + ":" + intervalSeconds;
  }

  static Optional<RankTimerInfo> parse(Serializable info) {
    if (!(info instanceof String text) || !text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = text.substring(PREFIX.length()).split(":");
    try {
      return parts.length == 2
          ? Optional.of(new RankTimerInfo(Long.parseLong(parts[0]), Long.parseLong(parts[1])))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
