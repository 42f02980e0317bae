package org.exsync.domain.link;

/** Which side wins when an item changed in SuperOffice and in Exchange since the last run. */
public enum ConflictPolicy {
  /** The side changed most recently wins. */
  LAST_MODIFIED_WINS,
  CRM_WINS,
  EXCHANGE_WINS
}
