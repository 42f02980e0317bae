package org.exsync.engine.run;

import org.exsync.engine.port.Failure;

/** Which failures of a whole request stop a pair rather than fail its items. */
final class Stops {

  private Stops() {}

  /**
   * Throttling stops the pair (the budget owner must pause); lost credentials and denied access
   * stop the run. A passing failure of one request fails only the items in it.
   */
  static boolean isStop(Failure failure) {
    return switch (failure.kind()) {
      case THROTTLED, NEEDS_REAUTHENTICATION, DENIED -> true;
      case TRANSIENT, CONFLICT, GONE, REJECTED -> false;
    };
  }
}
