package org.exsync.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exsync.domain.run.Side;
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
    List<Notice> notices = new ArrayList<>();
    Set<String> mappedCrm = new HashSet<>();
    Set<String> mappedExchange = new HashSet<>();
    int echoes = 0;
    for (MappingRecord mapping : sorted(mappings)) {
      mappedCrm.add(mapping.crmId());
      mappedExchange.add(mapping.exchangeId());
      SideChange crm = crmSide(mapping, observed);
      SideChange exchange = exchangeSide(mapping, observed);
      SourceItem crmEcho = observed.crmChanged().get(mapping.crmId());
      if (isEcho(crmEcho, mapping.crmHash())) {
        echoes++;
        notices.add(echo(Side.CRM, mapping, crmEcho));
      }
      SourceItem exchangeEcho = observed.exchangeChanged().get(mapping.exchangeId());
      if (isEcho(exchangeEcho, mapping.exchangeHash())) {
        echoes++;
        notices.add(echo(Side.EXCHANGE, mapping, exchangeEcho));
      }
      actions.add(decide(new Action(null, mapping, crm, exchange), notices));
    }
    List<SourceItem> crmAdded = unmapped(observed.crmChanged(), mappedCrm, Side.CRM, notices);
    List<SourceItem> exchangeAdded =
        unmapped(observed.exchangeChanged(), mappedExchange, Side.EXCHANGE, notices);
    Map<String, SourceItem> matches = Matcher.match(crmAdded, exchangeAdded);
    Set<String> matchedExchange = new HashSet<>();
    for (SourceItem crm : crmAdded) {
      SourceItem exchange = matches.get(crm.id());
      SideChange other = exchange == null ? SideChange.NONE : SideChange.added(exchange);
      if (exchange != null) {
        matchedExchange.add(exchange.id());
      }
      actions.add(decide(new Action(null, null, SideChange.added(crm), other), notices));
    }
    for (SourceItem exchange : exchangeAdded) {
      if (!matchedExchange.contains(exchange.id())) {
        actions.add(
            decide(new Action(null, null, SideChange.NONE, SideChange.added(exchange)), notices));
      }
    }
    return new Plan(actions, echoes, notices);
  }

  private Action decide(Action pair, List<Notice> notices) {
    if (pair.crm().leftScope() || pair.exchange().leftScope()) {
      boolean leftSelection = context.isSelection() && pair.crm().leftScope();
      return pair.with(
          leftSelection && pair.exchange().kind() != ChangeKind.DELETED
              ? Decision.REMOVE_FROM_FOLDER
              : Decision.UNLINK);
    }
    Action matrix = pair.with(DecisionMatrix.decide(pair.crm().kind(), pair.exchange().kind()));
    Action decided =
        matrix.with(BookingRule.apply(matrix, context.mailboxAddress(), context.bookingPolicy()));
    if (decided.decision() != matrix.decision()) {
      Side copy = copySide(decided.decision());
      notices.add(
          new Notice(
              Notice.Kind.BOOKING_EDIT_REJECTED,
              copy,
              decided.crmId(),
              decided.exchangeId(),
              decided.title()));
    }
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

  private List<SourceItem> unmapped(
      Map<String, SourceItem> changed, Set<String> mapped, Side side, List<Notice> notices) {
    List<SourceItem> added = new ArrayList<>();
    List<SourceItem> unmapped =
        changed.values().stream()
            .filter(item -> !mapped.contains(item.id()))
            .sorted(Comparator.comparing(SourceItem::id))
            .toList();
    for (SourceItem item : unmapped) {
      if (ItemWindow.contains(context.window(), item.content())) {
        added.add(item);
      } else {
        String id = item.id();
        notices.add(
            new Notice(
                Notice.Kind.OUTSIDE_WINDOW,
                side,
                side == Side.CRM ? id : null,
                side == Side.EXCHANGE ? id : null,
                item.content().title()));
      }
    }
    return added;
  }

  private static Notice echo(Side side, MappingRecord mapping, SourceItem reported) {
    return new Notice(
        Notice.Kind.ECHO, side, mapping.crmId(), mapping.exchangeId(), reported.content().title());
  }

  /**
   * The side whose copy of a booking the booking rule writes over: the rule only ever turns a
   * decision into one that writes the copy's side.
   */
  private static Side copySide(Decision decision) {
    return switch (decision) {
      case UPDATE_CRM, DELETE_IN_CRM, RECREATE_IN_CRM, CREATE_IN_CRM -> Side.CRM;
      case UPDATE_EXCHANGE,
          DELETE_IN_EXCHANGE,
          RECREATE_IN_EXCHANGE,
          CREATE_IN_EXCHANGE,
          NOTHING,
          MATCH,
          RESOLVE_CONFLICT,
          FORGET,
          UNLINK,
          REMOVE_FROM_FOLDER,
          INCONSISTENT ->
          Side.EXCHANGE;
    };
  }

  private static List<MappingRecord> sorted(List<MappingRecord> mappings) {
    return mappings.stream().sorted(Comparator.comparing(MappingRecord::crmId)).toList();
  }
}
