package org.exsync.engine.item;

import org.exsync.domain.shared.ItemKind;

/**
 * An appointment, task or contact as the engine sees it, translated from either system. The content
 * hash covers only the fields both systems can hold; fields one side lacks (categories, attendees,
 * percent complete) are carried for that side but never make a change on their own.
 */
public sealed interface CanonicalItem extends Hashable
    permits AppointmentItem, TaskItem, ContactItem {

  ItemKind kind();

  /** A short human description for logs and the admin's item history, never the body. */
  String title();
}
