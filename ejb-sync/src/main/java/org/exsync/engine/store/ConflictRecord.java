package org.exsync.engine.store;

import java.time.Instant;
import org.exsync.domain.link.ConflictPolicy;

/**
 * An item changed on both sides since the last sync, with both versions and how it was settled, so
 * an admin can see it and override it.
 *
 * @param crmId the SuperOffice id
 * @param exchangeId the Exchange id
 * @param title the item's title, for the admin
 * @param crmSnapshot SuperOffice's version, as {@code ItemSnapshots} writes it
 * @param exchangeSnapshot Exchange's version, likewise
 * @param policy the link's policy that decided
 * @param outcome what was kept
 * @param resultSnapshot the content written to both sides
 * @param at when it was decided
 */
public record ConflictRecord(
    String crmId,
    String exchangeId,
    String title,
    String crmSnapshot,
    String exchangeSnapshot,
    ConflictPolicy policy,
    ConflictOutcome outcome,
    String resultSnapshot,
    Instant at) {}
