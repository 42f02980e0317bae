package org.exsync.domain.shared;

/** The kinds of items Exsync keeps in step between SuperOffice and Exchange. */
public enum ItemKind {
  /** SuperOffice diary appointments and bookings, Exchange calendar items. */
  DIARY,
  /** SuperOffice to-dos, Exchange tasks. */
  TASK,
  /** SuperOffice persons, Exchange contacts. */
  CONTACT
}
