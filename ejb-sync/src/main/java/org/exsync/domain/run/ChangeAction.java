package org.exsync.domain.run;

/** What a run did to an item on one side. */
public enum ChangeAction {
  CREATED,
  UPDATED,
  DELETED
}
