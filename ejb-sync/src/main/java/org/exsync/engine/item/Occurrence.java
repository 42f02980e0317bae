package org.exsync.engine.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a series that differs from its pattern: moved, retitled or relocated. It is
 * identified by the date it had under the pattern, in the series' zone, because that date stays the
 * same however often the occurrence is moved.
 */
public record Occurrence(
    LocalDate originalDate, Instant start, Instant end, String subject, String location)
    implements Hashable {

  public Occurrence {
    Objects.requireNonNull(originalDate, "originalDate");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "An occurrence must not end (" + end + ") before it starts (" + start + ")");
    }
    subject = Texts.clean(subject);
    location = Texts.clean(location);
  }

  @Override
  public String contentHash() {
    return Fingerprint.of("occurrence")
        .add("originalDate", originalDate)
        .add("start", start.getEpochSecond())
        .add("end", end.getEpochSecond())
        .add("subject", subject)
        .add("location", location)
        .finish();
  }
}
