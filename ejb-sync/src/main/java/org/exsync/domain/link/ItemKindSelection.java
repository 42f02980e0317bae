package org.exsync.domain.link;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;
import org.exsync.domain.shared.ItemKind;

/** The item kinds a link keeps in step, one flag column each; never none. */
@Embeddable
public class ItemKindSelection {

  @Column(name = "sync_diary", nullable = false)
  private boolean diary;

  @Column(name = "sync_task", nullable = false)
  private boolean task;

  @Column(name = "sync_contact", nullable = false)
  private boolean contact;

  protected ItemKindSelection() {}

  /** The selection of the given kinds; at least one. */
  public static ItemKindSelection of(Set<ItemKind> kinds) {
    if (kinds == null || kinds.isEmpty()) {
      throw new IllegalArgumentException(
          "itemKinds must name at least one of DIARY, TASK, CONTACT, got " + kinds);
    }
    ItemKindSelection selection = new ItemKindSelection();
    selection.diary = kinds.contains(ItemKind.DIARY);
    selection.task = kinds.contains(ItemKind.TASK);
    selection.contact = kinds.contains(ItemKind.CONTACT);
    return selection;
  }

  /** The selected kinds as a new set, never empty. */
  public Set<ItemKind> toSet() {
    EnumSet<ItemKind> kinds = EnumSet.noneOf(ItemKind.class);
    if (diary) {
      kinds.add(ItemKind.DIARY);
    }
    if (task) {
      kinds.add(ItemKind.TASK);
    }
    if (contact) {
      kinds.add(ItemKind.CONTACT);
    }
    return kinds;
  }

  public boolean contains(ItemKind kind) {
    return toSet().contains(kind);
  }

  @Override
  public String toString() {
    return toSet().toString();
  }
}
