package org.exsync.engine.port;

import org.exsync.domain.shared.ItemKind;

/**
 * A mailbox folder Exsync keeps items of one kind in: the calendar, the tasks folder, or a contacts
 * folder of its own per synced selection.
 */
public record FolderRef(String id, ItemKind kind, String displayName) {}
