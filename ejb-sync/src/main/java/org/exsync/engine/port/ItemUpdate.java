package org.exsync.engine.port;

import org.exsync.engine.item.CanonicalItem;

/**
 * A change to write onto an existing item: its id, the version the change was decided against (a
 * newer version on the server is a {@link FailureKind#CONFLICT}) and the whole new content.
 */
public record ItemUpdate(String id, String version, CanonicalItem content) {}
