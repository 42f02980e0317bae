package org.exsync.application.scheduling;

/**
 * A rank as the admin fills it in.
 *
 * @param intervalSeconds how often its links run, at least one second
 * @param capacitySharePercent the share (1 to 100) of a server's runs the rank may hold at once
 * @param serviceAccountGrantId a service-account or app-only grant whose budget the rank's links
 *     spend; null for the users' own grants
 */
public record RankDraft(
    String name, int intervalSeconds, int capacitySharePercent, Long serviceAccountGrantId) {}
