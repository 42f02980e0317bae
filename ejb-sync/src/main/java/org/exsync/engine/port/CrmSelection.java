package org.exsync.engine.port;

/** A SuperOffice selection whose member persons can be kept as contacts in a mailbox. */
public record CrmSelection(int id, String name, int memberCount) {}
