package org.exsync.engine.plan;

import java.util.Collections;
import java.util.Set;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.engine.item.CanonicalItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.store.ConflictOutcome;

/**
 * Settles an item changed on both sides. Identical changes are no conflict, nor are changes that
 * differ only in what Exchange alone holds. Changes to different field groups, measured against the
 * last synced snapshot, are merged; otherwise the link's policy picks a side. Last modified wins
 * compares the two sides' change times; a tie goes to SuperOffice, the system of record.
 */
public final class ConflictResolver {

  private ConflictResolver() {}

  public static Resolution resolve(
      ConflictPolicy policy, CanonicalItem base, SourceItem crm, SourceItem exchange) {
    if (agree(crm, exchange)) {
      return Resolution.SAME;
    }
    if (base != null && base.kind() == crm.content().kind()) {
      Set<String> crmGroups = ComparableFields.differing(base, crm.content());
      Set<String> exchangeGroups = ComparableFields.differing(base, exchange.content());
      if (!crmGroups.isEmpty()
          && !exchangeGroups.isEmpty()
          && Collections.disjoint(crmGroups, exchangeGroups)) {
        CanonicalItem merged = FieldMerge.merge(exchange.content(), crm.content(), crmGroups);
        return new Resolution(ConflictOutcome.MERGED, merged, merged);
      }
    }
    return crmWins(policy, crm, exchange)
        ? new Resolution(
            ConflictOutcome.CRM_KEPT,
            null,
            ExchangeOnlyFields.keep(crm.content(), exchange.content()))
        : new Resolution(ConflictOutcome.EXCHANGE_KEPT, exchange.content(), null);
  }

  /**
   * Both sides hold the same wherever both can hold anything: equal, or Exchange's item is
   * SuperOffice's with only what Exchange alone holds (postal addresses, categories, attendees, a
   * task's priority) added. Writing either side would change nothing SuperOffice can keep.
   */
  private static boolean agree(SourceItem crm, SourceItem exchange) {
    return crm.contentHash().equals(exchange.contentHash())
        || ExchangeOnlyFields.keep(crm.content(), exchange.content())
            .contentHash()
            .equals(exchange.contentHash());
  }

  private static boolean crmWins(ConflictPolicy policy, SourceItem crm, SourceItem exchange) {
    return switch (policy) {
      case CRM_WINS -> true;
      case EXCHANGE_WINS -> false;
      case LAST_MODIFIED_WINS -> !exchange.lastModified().isAfter(crm.lastModified());
    };
  }
}
