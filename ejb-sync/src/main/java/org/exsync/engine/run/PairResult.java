package org.exsync.engine.run;

import org.exsync.engine.PairReport;
import org.exsync.engine.port.Failure;

/**
 * A pair's report and, if the pair stopped on one, the failure that stops it.
 *
 * @param report what the pair did
 * @param stop THROTTLED (the budget owner pauses), NEEDS_REAUTHENTICATION, DENIED or a store
 *     failure (the run stops); null if the pair ran to its end
 */
public record PairResult(PairReport report, Failure stop) {}
