package org.exsync.domain.link;

import java.util.List;

/** The unlinkings admins asked for. */
public interface UnlinkingRepository {

  void add(Unlinking unlinking);

  /** Unlinkings whose synced items are still to be removed, oldest first. */
  List<Unlinking> listPendingRemovals();

  /** The unlinkings of one link, newest first. */
  List<Unlinking> listByLinkId(long linkId);
}
