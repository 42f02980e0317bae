package org.exsync.application.scheduling;

import java.util.Optional;

/**
 * A rank as the admin pages show it.
 *
 * @param serviceAccount the user principal name of the rank's service account, if it has one
 * @param passwordAlias the password alias of that account, if it has one
 */
public record RankView(
    long id,
    String name,
    int position,
    int intervalSeconds,
    int capacitySharePercent,
    Optional<String> serviceAccount,
    Optional<String> passwordAlias,
    boolean isDefault,
    long links) {}
