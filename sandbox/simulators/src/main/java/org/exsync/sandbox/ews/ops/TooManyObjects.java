package org.exsync.sandbox.ews.ops;

import java.util.Optional;
import org.exsync.sandbox.ews.soap.ResponseError;

/**
 * The per-item errors of a batch that asks too much of the server: items past the per-request cap
 * (ErrorTooManyObjectsOpened, for GetItem and CreateItem) and items the server would reach only
 * after its batch time limit (ErrorTimeoutExpired, for every batch operation).
 */
final class TooManyObjects {

  private TooManyObjects() {}

  static ResponseError error() {
    return new ResponseError(
        "ErrorTooManyObjectsOpened",
        "The request opened too many objects at once. Send fewer items per request.");
  }

  static ResponseError timeout() {
    return new ResponseError(
        "ErrorTimeoutExpired",
        "The request timed out: the batch took longer than the server allows. Send fewer items.");
  }

  /** Why the item at this index of a GetItem or CreateItem is refused, if it is. */
  static Optional<ResponseError> refusingOpen(int index, Context context) {
    if (index >= context.itemsPerRequest()) {
      return Optional.of(error());
    }
    return refusingLate(index, context);
  }

  /** Why the item at this index of any batch is refused for time, if it is. */
  static Optional<ResponseError> refusingLate(int index, Context context) {
    return index >= context.itemsWithinTimeLimit() ? Optional.of(timeout()) : Optional.empty();
  }
}
