package org.exsync.engine.plan;

/** What the engine does with one item pair. Names say which side is written. */
public enum Decision {
  /** Both sides hold what was last synced. */
  NOTHING,
  /** New in Exchange: create it in SuperOffice. */
  CREATE_IN_CRM,
  /** New in SuperOffice: create it in Exchange. */
  CREATE_IN_EXCHANGE,
  /** New on both sides and the same item (initial matching): link them, settle any difference. */
  MATCH,
  /** Exchange's content is written to SuperOffice. */
  UPDATE_CRM,
  /** SuperOffice's content is written to Exchange. */
  UPDATE_EXCHANGE,
  /** Changed on both sides: the conflict policy and the field-level merge decide. */
  RESOLVE_CONFLICT,
  /** Deleted in Exchange: delete it in SuperOffice. */
  DELETE_IN_CRM,
  /** Deleted in SuperOffice: delete it in Exchange. */
  DELETE_IN_EXCHANGE,
  /** Gone from SuperOffice but kept in Exchange (changed there, or a restored booking). */
  RECREATE_IN_CRM,
  /** Gone from Exchange but kept in SuperOffice (changed there, or a restored booking). */
  RECREATE_IN_EXCHANGE,
  /** Deleted on both sides: only the mapping ends. */
  FORGET,
  /** The item left the sync window: the mapping ends, both sides keep the item. */
  UNLINK,
  /** The person left the selection: removed from its Exchange folder, kept in SuperOffice. */
  REMOVE_FROM_FOLDER,
  /**
   * A combination the pairing never produces (an added item is unmapped, a changed or deleted one
   * mapped): reported as a failure for the admin rather than guessed at.
   */
  INCONSISTENT
}
