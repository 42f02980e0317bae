package org.exsync.sandbox.ews.ops;

import org.exsync.sandbox.ews.soap.ResponseError;

/** The per-item error for items past the per-request cap. */
final class TooManyObjects {

  private TooManyObjects() {}

  static ResponseError error() {
    return new ResponseError(
        "ErrorTooManyObjectsOpened",
        "The request opened too many objects at once. Send fewer items per request.");
  }
}
