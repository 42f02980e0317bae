package org.exsync.application.rank;

/**
 * A rank as the Ranks page shows and edits it.
 *
 * @param rankId Exsync's id, 0 for a rank not stored yet
 * @param name the rank's name
 * @param position its place in the order, 0 first
 * @param intervalSeconds how often its links run
 * @param capacitySharePercent the share of the sync capacity it may take
 * @param links how many links it holds
 */
public record RankRow(
    long rankId,
    String name,
    int position,
    int intervalSeconds,
    int capacitySharePercent,
    int links) {}
