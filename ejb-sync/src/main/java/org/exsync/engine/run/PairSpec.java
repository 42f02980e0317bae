package org.exsync.engine.run;

import org.exsync.engine.port.CrmScope;
import org.exsync.engine.store.PairKey;

/**
 * One sync pair of a run: its key, its SuperOffice scope, and how to find its Exchange folder.
 *
 * @param key the pair's key in the store
 * @param scope what SuperOffice items it covers
 * @param folderMarker for a selection, the folder's marker; null for the kind's default folder
 * @param folderName for a selection, the folder's display name; null otherwise
 */
public record PairSpec(PairKey key, CrmScope scope, String folderMarker, String folderName) {}
