package org.exsync.application.scheduling;

/**
 * A linked user an admin moves to another rank, with the rank the admin's page showed the link in:
 * when another admin moved it since, the move is refused rather than undoing theirs.
 */
public record LinkMove(long linkId, long seenRankId) {}
