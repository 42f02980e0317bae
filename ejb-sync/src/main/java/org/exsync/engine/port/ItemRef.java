package org.exsync.engine.port;

/** An item to delete: its id and the version last seen, or null to delete whatever is there. */
public record ItemRef(String id, String version) {}
