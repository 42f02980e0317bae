package org.exsync.sandbox.superoffice.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who registered a row and who changed it last, and when (UTC). SuperOffice keeps these times to
 * the second, which is also the precision of {@code If-Unmodified-Since}.
 *
 * @param created when the row was registered
 * @param createdBy the associate who registered it
 * @param updated when it last changed
 * @param updatedBy the associate who changed it last
 * @param updatedCount how many times it changed
 */
public record Stamp(
    Instant created, int createdBy, Instant updated, int updatedBy, int updatedCount) {

  public static Stamp registered(Instant now, int associateId) {
    Instant second = now.truncatedTo(ChronoUnit.SECONDS);
    return new Stamp(second, associateId, second, associateId, 0);
  }

  /** This stamp after a change by the given associate. */
  public Stamp touched(Instant now, int associateId) {
    return new Stamp(
        created, createdBy, now.truncatedTo(ChronoUnit.SECONDS), associateId, updatedCount + 1);
  }
}
