package org.exsync.engine.run;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.exsync.engine.ItemFailure;
import org.exsync.engine.plan.Observed;
import org.exsync.engine.port.SyncWindow;

/**
 * What was read for a pair, and where its cursor goes once all of it is applied.
 *
 * @param observed the changes on both sides
 * @param skipped items that could not be read, reported and passed
 * @param readFailures items whose re-read failed; retried next run
 * @param crmRetries SuperOffice ids to read again next run, because reading them failed
 * @param exchangeRetries Exchange ids likewise
 * @param exchangeSyncState the sync state after the last page
 * @param crmWatermark the SuperOffice watermark after the changes read
 * @param window the window the Exchange sync state now covers
 */
record Collected(
    Observed observed,
    List<ItemFailure> skipped,
    List<ItemFailure> readFailures,
    Set<String> crmRetries,
    Set<String> exchangeRetries,
    String exchangeSyncState,
    Instant crmWatermark,
    SyncWindow window) {}
