package org.exsync.engine.store;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.engine.port.SyncWindow;

/**
 * Where the next run of a pair picks up.
 *
 * @param exchangeSyncState the EWS SyncState of the pair's folder, or null to read it all
 * @param crmWatermark the latest SuperOffice change already applied, or null to read all
 * @param window the sync window the Exchange sync state has covered; a run whose window reaches
 *     beyond it reads the folder again from the start, or null for none yet
 * @param crmRetries SuperOffice ids whose change failed in a retryable way and is read again next
 *     run
 * @param exchangeRetries Exchange ids likewise
 */
public record PairCursor(
    String exchangeSyncState,
    Instant crmWatermark,
    SyncWindow window,
    Set<String> crmRetries,
    Set<String> exchangeRetries) {

  /** The cursor of a pair never synced: the next run reads both sides in full. */
  public static final PairCursor START = new PairCursor(null, null, null, Set.of(), Set.of());

  public PairCursor {
    crmRetries =
        crmRetries == null
            ? Set.of()
            : java.util.Collections.unmodifiableSet(new TreeSet<>(crmRetries));
    exchangeRetries =
        exchangeRetries == null
            ? Set.of()
            : java.util.Collections.unmodifiableSet(new TreeSet<>(exchangeRetries));
  }

  public boolean isStart() {
    return exchangeSyncState == null && crmWatermark == null;
  }
}
