package org.exsync.engine.store;

import java.time.Instant;

/**
 * Why a mapping was removed, kept so a deletion or an unlink can be explained later.
 *
 * @param crmId the SuperOffice id of the pair
 * @param exchangeId the Exchange id of the pair
 * @param title the item's title when it was last synced
 * @param reason why
 * @param at when
 */
public record Tombstone(
    String crmId, String exchangeId, String title, TombstoneReason reason, Instant at) {}
