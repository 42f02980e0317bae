package org.exsync.engine.plan;

import java.util.Map;
import java.util.Set;
import org.exsync.engine.item.SourceItem;

/**
 * What a run read from both sides of a pair.
 *
 * @param crmChanged SuperOffice items changed or read again, by id, within the scope
 * @param crmDeleted SuperOffice ids that are gone
 * @param crmLeft SuperOffice items that still exist but no longer belong to the scope, by id
 * @param exchangeChanged Exchange items reported changed or read again, by id
 * @param exchangeDeleted Exchange ids reported deleted or gone
 */
public record Observed(
    Map<String, SourceItem> crmChanged,
    Set<String> crmDeleted,
    Map<String, SourceItem> crmLeft,
    Map<String, SourceItem> exchangeChanged,
    Set<String> exchangeDeleted) {

  public Observed {
    crmChanged = Map.copyOf(crmChanged);
    crmDeleted = Set.copyOf(crmDeleted);
    crmLeft = Map.copyOf(crmLeft);
    exchangeChanged = Map.copyOf(exchangeChanged);
    exchangeDeleted = Set.copyOf(exchangeDeleted);
  }
}
