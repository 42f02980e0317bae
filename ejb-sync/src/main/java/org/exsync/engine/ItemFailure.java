package org.exsync.engine;

import org.exsync.domain.run.Side;
import org.exsync.engine.port.Failure;

/**
 * One item a run could not keep in step, and why.
 *
 * @param side the side the failed read or write went to
 * @param itemId the item's id on the side it came from; empty when a whole request of the pair
 *     failed (reading a folder, say)
 * @param title the item's title, or empty if it could not be read
 * @param failure what went wrong
 */
public record ItemFailure(Side side, String itemId, String title, Failure failure) {}
