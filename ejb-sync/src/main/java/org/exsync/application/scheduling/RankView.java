package org.exsync.application.scheduling;

import java.util.Optional;

/** A rank as the admin pages show it. */
public record RankView(
    long id,
    String name,
    int position,
    int intervalSeconds,
    int capacitySharePercent,
    Optional<Long> serviceAccountGrantId,
    boolean isDefault,
    long links) {}
