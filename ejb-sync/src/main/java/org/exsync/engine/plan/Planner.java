package org.exsync.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.store.MappingRecord;

/**
 * Pairs what both sides reported with the mappings, says how each side changed, and decides: the
 * matrix first, then the rules that overrule it (an item outside the window or selection is
 * unlinked, never deleted; a booking's copy follows its organizer; a selection folder's contacts
 * are SuperOffice's to delete).
 */
public final class Planner {

  private final PlanContext context;

  public Planner(PlanContext context) {
    this.context = context;
  }

  public Plan plan(List<MappingRecord> mappings, Observed observed) {
    List<Action> actions = new ArrayList<>();
    Set<String> mappedCrm = new HashSet<>();
    Set<String> mappedExchange = new HashSet<>();
    int echoes = 0;
    for (MappingRecord mapping : sorted(mappings)) {
      mappedCrm.add(mapping.crmId());
      mappedExchange.add(mapping.exchangeId());
      SideChange crm = crmSide(mapping, observed);
      SideChange exchange = exchangeSide(mapping, observed);
      echoes += isEcho(observed.crmChanged().get(mapping.crmId()), mapping.crmHash()) ? 1 : 0;
      echoes +=
          isEcho(observed.exchangeChanged().get(mapping.exchangeId()), mapping.exchangeHash())
              ? 1
              : 0;
      actions.add(decide(new Action(null, mapping, crm, exchange)));
    }
    List<SourceItem> crmAdded = unmapped(observed.crmChanged(), mappedCrm);
    List<SourceItem> exchangeAdded = unmapped(observed.exchangeChanged(), mappedExchange);
    Map<String, SourceItem> matches = Matcher.match(crmAdded, exchangeAdded);
    Set<String> matchedExchange = new HashSet<>();
    for (SourceItem crm : crmAdded) {
      SourceItem exchange = matches.get(crm.id());
      SideChange other = exchange == null ? SideChange.NONE : SideChange.added(exchange);
      if (exchange != null) {
        matchedExchange.add(exchange.id());
      }
      actions.add(decide(new Action(null, null, SideChange.added(crm), other)));
    }
    for (SourceItem exchange : exchangeAdded) {
      if (!matchedExchange.contains(exchange.id())) {
        actions.add(decide(new Action(null, null, SideChange.NONE, SideChange.added(exchange))));
      }
    }
    return new Plan(actions, echoes);
  }

  private Action decide(Action pair) {
    if (pair.crm().leftScope() || pair.exchange().leftScope()) {
      boolean leftSelection = context.isSelection() && pair.crm().leftScope();
      return pair.with(
          leftSelection && pair.exchange().kind() != ChangeKind.DELETED
              ? Decision.REMOVE_FROM_FOLDER
              : Decision.UNLINK);
    }
    Action decided = pair.with(DecisionMatrix.decide(pair.crm().kind(), pair.exchange().kind()));
    decided =
        decided.with(BookingRule.apply(decided, context.mailboxAddress(), context.bookingPolicy()));
    if (context.isSelection() && decided.decision() == Decision.DELETE_IN_CRM) {
      // Removing a contact from a selection's folder in Outlook does not delete the person.
      return decided.with(Decision.RECREATE_IN_EXCHANGE);
    }
    return decided;
  }

  private SideChange crmSide(MappingRecord mapping, Observed observed) {
    if (observed.crmDeleted().contains(mapping.crmId())) {
      return SideChange.deleted();
    }
    SourceItem left = observed.crmLeft().get(mapping.crmId());
    if (left != null) {
      return new SideChange(kindOf(left, mapping.crmHash()), left, true);
    }
    return reported(observed.crmChanged().get(mapping.crmId()), mapping.crmHash());
  }

  private SideChange exchangeSide(MappingRecord mapping, Observed observed) {
    if (observed.exchangeDeleted().contains(mapping.exchangeId())) {
      return SideChange.deleted();
    }
    return reported(observed.exchangeChanged().get(mapping.exchangeId()), mapping.exchangeHash());
  }

  private SideChange reported(SourceItem item, String lastHash) {
    if (item == null) {
      return SideChange.NONE;
    }
    boolean outside = !ItemWindow.contains(context.window(), item.content());
    return new SideChange(kindOf(item, lastHash), item, outside);
  }

  private static ChangeKind kindOf(SourceItem item, String lastHash) {
    return item.contentHash().equals(lastHash) ? ChangeKind.UNCHANGED : ChangeKind.CHANGED;
  }

  private static boolean isEcho(SourceItem reported, String lastHash) {
    return reported != null && reported.contentHash().equals(lastHash);
  }

  private List<SourceItem> unmapped(Map<String, SourceItem> changed, Set<String> mapped) {
    return changed.values().stream()
        .filter(item -> !mapped.contains(item.id()))
        .filter(item -> ItemWindow.contains(context.window(), item.content()))
        .sorted(Comparator.comparing(SourceItem::id))
        .toList();
  }

  private static List<MappingRecord> sorted(List<MappingRecord> mappings) {
    return mappings.stream().sorted(Comparator.comparing(MappingRecord::crmId)).toList();
  }
}
