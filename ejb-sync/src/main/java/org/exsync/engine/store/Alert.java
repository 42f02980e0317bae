package org.exsync.engine.store;

import java.time.Instant;
import org.exsync.domain.run.Side;

/**
 * Something an admin must look at: a run that would have deleted more than the link's share of a
 * side's items, and so deleted nothing.
 *
 * @param side the side the deletions would have hit
 * @param wouldDelete how many items the run would have deleted there
 * @param mapped how many mapped items the pair had
 * @param message what happened and what to do, for the admin
 * @param at when
 */
public record Alert(Side side, int wouldDelete, int mapped, String message, Instant at) {}
