package org.exsync.application.link;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.shared.ItemKind;

/**
 * How a link syncs, as the admin sets it.
 *
 * @param itemKinds Diary, Task and Contact; at least one
 * @param contactSelections SuperOffice selections whose members are kept as contacts
 * @param rankId the rank the link runs in
 * @param pastDays how many days back diary items and tasks are kept in step
 * @param futureDays how many days ahead
 * @param conflictPolicy who wins when both sides changed
 */
public record LinkSettings(
    Set<ItemKind> itemKinds,
    Set<Integer> contactSelections,
    long rankId,
    int pastDays,
    int futureDays,
    ConflictPolicy conflictPolicy) {

  public LinkSettings {
    itemKinds = itemKinds == null || itemKinds.isEmpty() ? Set.of() : EnumSet.copyOf(itemKinds);
    contactSelections = contactSelections == null ? Set.of() : new TreeSet<>(contactSelections);
  }
}
