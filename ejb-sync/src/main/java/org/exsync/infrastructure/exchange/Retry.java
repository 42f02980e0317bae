package org.exsync.infrastructure.exchange;

/**
 * Whether Exchange refused an item of a batch for the batch's sake, so that the item goes again in
 * a smaller batch: ErrorTooManyObjectsOpened (the batch opened too many items; ews-java-api 2.0 has
 * no value for that code and reads it as null) or ErrorTimeoutExpired (the batch ran past the
 * server's minute).
 */
enum Retry {
  /** The item's outcome stands. */
  NONE,
  /** Send it again in a batch no larger than the part Exchange accepted. */
  FEWER_ITEMS,
  /** Send it again in a batch of at most ten items, then halving. */
  SHORTER_BATCH
}
