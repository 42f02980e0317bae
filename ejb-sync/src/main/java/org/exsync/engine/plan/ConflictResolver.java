package org.exsync.engine.plan;

import java.util.Collections;
import java.util.Set;
import java.util.function.UnaryOperator;
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
    return resolve(policy, base, crm, exchange, UnaryOperator.identity());
  }

  /**
   * @param crmForm the form SuperOffice holds an item in (a task's reminder on a whole minute
   *     before its start, say)
   */
  public static Resolution resolve(
      ConflictPolicy policy,
      CanonicalItem base,
      SourceItem crm,
      SourceItem exchange,
      UnaryOperator<CanonicalItem> crmForm) {
    if (agree(crm, exchange, crmForm)) {
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
   * Both sides hold the same wherever both can hold anything: SuperOffice's item with what only
   * Exchange holds added (postal addresses, categories, attendees, a task's priority) is
   * Exchange's, once both are in the form SuperOffice holds (a reminder it can only hold at the
   * start). Writing either side would change nothing SuperOffice keeps, and would lose what
   * Exchange keeps finer.
   */
  private static boolean agree(
      SourceItem crm, SourceItem exchange, UnaryOperator<CanonicalItem> crmForm) {
    if (crm.contentHash().equals(exchange.contentHash())) {
      return true;
    }
    CanonicalItem completed = ExchangeOnlyFields.keep(crm.content(), exchange.content());
    return completed.contentHash().equals(exchange.contentHash())
        || crmForm
            .apply(completed)
            .contentHash()
            .equals(crmForm.apply(exchange.content()).contentHash());
  }

  private static boolean crmWins(ConflictPolicy policy, SourceItem crm, SourceItem exchange) {
    return switch (policy) {
      case CRM_WINS -> true;
      case EXCHANGE_WINS -> false;
      case LAST_MODIFIED_WINS -> !exchange.lastModified().isAfter(crm.lastModified());
    };
  }
}
