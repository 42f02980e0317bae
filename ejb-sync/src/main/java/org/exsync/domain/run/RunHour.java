package org.exsync.domain.run;

import java.time.Instant;

/**
 * The runs that started within one hour, all links together.
 *
 * @param hour the start of the hour
 * @param items the changes the runs applied on both sides
 * @param throttled the runs that ended throttled
 */
public record RunHour(Instant hour, long runs, long items, long throttled) {}
