package org.exsync.engine.port;

import java.time.Instant;

/**
 * What a system answered to a create or update: the item's id there and its new version, which the
 * next update must present.
 */
public record WriteReceipt(String id, String version, Instant lastModified) {}
