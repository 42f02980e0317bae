package org.exsync.engine.port;

import java.time.Instant;
import java.util.List;
import org.exsync.engine.item.SourceItem;

/**
 * SuperOffice items changed since a watermark, read in full, and the watermark to ask from next
 * time. SuperOffice reports no deletions in a list: they come from webhooks and from comparing id
 * sets ({@link CrmGateway#presentIds}).
 */
public record CrmChanges(List<SourceItem> changed, Instant watermark) {

  public CrmChanges {
    changed = List.copyOf(changed);
  }
}
