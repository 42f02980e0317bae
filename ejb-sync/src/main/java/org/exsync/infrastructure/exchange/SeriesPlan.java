package org.exsync.infrastructure.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import microsoft.exchange.webservices.data.core.service.item.Appointment;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.property.complex.DeletedOccurrenceInfo;
import microsoft.exchange.webservices.data.property.complex.DeletedOccurrenceInfoCollection;
import microsoft.exchange.webservices.data.property.complex.OccurrenceInfo;
import microsoft.exchange.webservices.data.property.complex.OccurrenceInfoCollection;
import org.exsync.engine.item.AppointmentItem;
import org.exsync.engine.item.Occurrence;
import org.exsync.engine.item.Recurrence;
import org.exsync.infrastructure.exchange.translate.AppointmentTranslator;
import org.exsync.infrastructure.exchange.translate.Props;

/**
 * What a write of a series must do to its exceptions. Exchange drops every exception when a series'
 * rule is set, and cannot bring back a cancelled occurrence nor undo a change to one; so when the
 * rule changed, or an exception must go, the rule is set again and every exception written anew.
 * Otherwise only the cancellations that are new are made, and the changed occurrences written over.
 *
 * @param resetRule set (or remove) the series' rule in the write
 * @param cancel original dates of occurrences to cancel after the write
 * @param change occurrences to write after the write
 */
record SeriesPlan(boolean resetRule, Set<LocalDate> cancel, List<Occurrence> change) {

  static final SeriesPlan NONE = new SeriesPlan(false, Set.of(), List.of());

  /** The plan for a new item: its exceptions after the create. */
  static SeriesPlan forNew(AppointmentItem wanted) {
    Recurrence rule = wanted.recurrence();
    return rule == null ? NONE : new SeriesPlan(false, rule.deleted(), rule.modified());
  }

  /** The plan for writing over a calendar item loaded in full. */
  static SeriesPlan forUpdate(AppointmentItem wanted, Appointment loaded) throws Exception {
    Recurrence rule = wanted.recurrence();
    if (rule == null) {
      return new SeriesPlan(AppointmentTranslator.ruleChanged(wanted, loaded), Set.of(), List.of());
    }
    Set<LocalDate> cancelled = cancelled(loaded, wanted.zone());
    Set<LocalDate> changed = changed(loaded, wanted.zone());
    Set<LocalDate> stillChanged =
        rule.modified().stream().map(Occurrence::originalDate).collect(Collectors.toSet());
    boolean reset =
        AppointmentTranslator.ruleChanged(wanted, loaded)
            || !rule.deleted().containsAll(cancelled)
            || !stillChanged.containsAll(changed);
    if (reset) {
      return new SeriesPlan(true, rule.deleted(), rule.modified());
    }
    Set<LocalDate> newlyCancelled = new TreeSet<>(rule.deleted());
    newlyCancelled.removeAll(cancelled);
    return new SeriesPlan(false, newlyCancelled, rule.modified());
  }

  boolean isEmpty() {
    return cancel.isEmpty() && change.isEmpty();
  }

  private static Set<LocalDate> cancelled(Appointment loaded, ZoneId zone) throws Exception {
    Set<LocalDate> dates = new TreeSet<>();
    DeletedOccurrenceInfoCollection infos =
        Props.get(
            loaded, AppointmentSchema.DeletedOccurrences, DeletedOccurrenceInfoCollection.class);
    if (infos != null) {
      for (DeletedOccurrenceInfo info : infos) {
        dates.add(info.getOriginalStart().toInstant().atZone(zone).toLocalDate());
      }
    }
    return dates;
  }

  private static Set<LocalDate> changed(Appointment loaded, ZoneId zone) throws Exception {
    Set<LocalDate> dates = new TreeSet<>();
    OccurrenceInfoCollection infos =
        Props.get(loaded, AppointmentSchema.ModifiedOccurrences, OccurrenceInfoCollection.class);
    if (infos != null) {
      for (OccurrenceInfo info : infos) {
        dates.add(info.getOriginalStart().toInstant().atZone(zone).toLocalDate());
      }
    }
    return dates;
  }
}
