package org.exsync.engine.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.exsync.domain.run.Side;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.SideCounts;
import org.exsync.engine.SyncReport;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.SourceItem;
import org.exsync.engine.plan.Matcher;
import org.exsync.engine.port.CrmScope;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.Outcome;
import org.exsync.engine.store.PairKey;
import org.exsync.sandbox.data.WorldSizes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An initial sync of a diary both sides already hold item for item, for a user in each of the
 * generated world's zones (Oslo is the tenant's base zone; Amsterdam shares its clock changes,
 * London is an hour off, New York and Tokyo change their clocks on other days or never): every
 * appointment, all-day ones and series included, is matched and none is created on either side, in
 * the first run or the second.
 */
class InitialMatchingTest {

  private Sandboxes sandboxes;

  @AfterEach
  void close() {
    sandboxes.close();
  }

  @ParameterizedTest(name = "user {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void initialSync_ofAnIdenticalDiary_matchesEveryAppointment_andCreatesNothing(int user) {
    sandboxes = new Sandboxes(new WorldSizes(5, 60, 0, 0), user);
    List<SourceItem> inCrm = crmDiary();
    List<SourceItem> inExchange = exchangeDiary();
    Map<String, SourceItem> matched = Matcher.match(inCrm, inExchange);

    SyncReport first = sandboxes.run(Set.of(ItemKind.DIARY));
    SyncReport second = sandboxes.run(Set.of(ItemKind.DIARY));

    String zone = sandboxes.user().zone().getId();
    assertThat(inCrm).as("seeded diary in " + zone).hasSize(inExchange.size()).isNotEmpty();
    assertThat(matched).as(unmatched(inCrm, inExchange, matched)).hasSize(inCrm.size());
    assertThat(first.counts(ItemKind.DIARY, Side.CRM).created()).as(first.toString()).isZero();
    assertThat(first.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isZero();
    assertThat(sandboxes.store.mappings(PairKey.of(1, ItemKind.DIARY))).hasSize(inCrm.size());
    assertThat(crmDiary()).hasSize(inCrm.size());
    assertThat(exchangeDiary()).hasSize(inExchange.size());
    assertThat(second.counts(ItemKind.DIARY, Side.CRM).created()).as(second.toString()).isZero();
    assertThat(second.counts(ItemKind.DIARY, Side.EXCHANGE).created()).isZero();
  }

  /**
   * Nothing is left to settle either, in any zone: a series planned in New York or Tokyo that spans
   * a clock change of only one of the two zones is read on its own zone's clock in SuperOffice (its
   * PreferredTZLocation), so its rows on either side of the change are no moved occurrences.
   */
  @ParameterizedTest(name = "user {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void initialSync_ofAnIdenticalDiary_inEveryZone_writesNothing(int user) {
    sandboxes = new Sandboxes(new WorldSizes(5, 60, 0, 0), user);

    SyncReport first = sandboxes.run(Set.of(ItemKind.DIARY));
    SyncReport second = sandboxes.run(Set.of(ItemKind.DIARY));

    assertThat(first.counts(Side.CRM)).as(first.toString()).isEqualTo(SideCounts.NONE);
    assertThat(first.counts(Side.EXCHANGE)).as(first.toString()).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.CRM)).as(second.toString()).isEqualTo(SideCounts.NONE);
    assertThat(second.counts(Side.EXCHANGE)).as(second.toString()).isEqualTo(SideCounts.NONE);
  }

  private List<SourceItem> crmDiary() {
    CrmScope scope = CrmScope.diary(sandboxes.user().associateId(), Sandboxes.WINDOW);
    return done(sandboxes.crm.changes(scope, Instant.EPOCH)).changed();
  }

  private List<SourceItem> exchangeDiary() {
    FolderRef folder = done(sandboxes.mailbox.defaultFolder(ItemKind.DIARY));
    List<SourceItem> items = new ArrayList<>();
    String state = null;
    boolean more = true;
    while (more) {
      var page = done(sandboxes.mailbox.changes(folder, state));
      items.addAll(page.changed());
      state = page.syncState();
      more = page.moreAvailable();
    }
    return items;
  }

  /** Subject, start and end of what found no partner, on each side. */
  private static String unmatched(
      List<SourceItem> inCrm, List<SourceItem> inExchange, Map<String, SourceItem> matched) {
    Set<String> taken = matched.values().stream().map(SourceItem::id).collect(Collectors.toSet());
    String crm =
        inCrm.stream()
            .filter(item -> !matched.containsKey(item.id()))
            .map(item -> "  SuperOffice " + describe(item))
            .collect(Collectors.joining("\n"));
    String exchange =
        inExchange.stream()
            .filter(item -> !taken.contains(item.id()))
            .map(item -> "  Exchange    " + describe(item))
            .collect(Collectors.joining("\n"));
    return "unmatched appointments:\n" + crm + "\n" + exchange;
  }

  private static String describe(SourceItem item) {
    AppointmentItem a = (AppointmentItem) item.content();
    return a.subject()
        + " | "
        + (a.allDay() ? a.startDate() + " .. " + a.endDate() : a.start() + " .. " + a.end())
        + " | "
        + a.zone()
        + (a.recurrence() == null ? "" : " | series from " + a.recurrence().firstDate());
  }

  private static <T> T done(Outcome<T> outcome) {
    assertThat(outcome.failure()).as("outcome").isEmpty();
    return outcome.value();
  }
}
