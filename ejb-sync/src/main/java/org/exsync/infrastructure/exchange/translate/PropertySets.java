package org.exsync.infrastructure.exchange.translate;

import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BodyType;
import microsoft.exchange.webservices.data.core.service.schema.AppointmentSchema;
import microsoft.exchange.webservices.data.core.service.schema.ContactSchema;
import microsoft.exchange.webservices.data.core.service.schema.ItemSchema;
import microsoft.exchange.webservices.data.core.service.schema.TaskSchema;
import microsoft.exchange.webservices.data.property.definition.PropertyDefinitionBase;
import org.exsync.domain.shared.ItemKind;

/**
 * What Exsync asks Exchange for: exactly the properties each translator reads, bodies as plain
 * text, never attachments or MIME content.
 */
public final class PropertySets {

  private PropertySets() {}

  /** Every property the translator of the kind reads, plus the change key and modified time. */
  public static PropertySet full(ItemKind kind) {
    PropertySet set =
        new PropertySet(
            BasePropertySet.IdOnly,
            switch (kind) {
              case DIARY -> appointment();
              case TASK -> task();
              case CONTACT -> contact();
            });
    set.setRequestedBodyType(BodyType.Text);
    return set;
  }

  /** What a receipt needs: the id with its change key, and when the item was last modified. */
  public static PropertySet receipt() {
    return new PropertySet(BasePropertySet.IdOnly, ItemSchema.LastModifiedTime);
  }

  /** What a modified occurrence adds to its series: its times, title and location. */
  public static PropertySet occurrence() {
    return new PropertySet(
        BasePropertySet.IdOnly,
        AppointmentSchema.Start,
        AppointmentSchema.End,
        AppointmentSchema.OriginalStart,
        ItemSchema.Subject,
        AppointmentSchema.Location);
  }

  private static PropertyDefinitionBase[] appointment() {
    return new PropertyDefinitionBase[] {
      ItemSchema.Subject,
      ItemSchema.Body,
      ItemSchema.Sensitivity,
      ItemSchema.IsReminderSet,
      ItemSchema.ReminderMinutesBeforeStart,
      ItemSchema.Categories,
      ItemSchema.LastModifiedTime,
      AppointmentSchema.Location,
      AppointmentSchema.Start,
      AppointmentSchema.End,
      AppointmentSchema.StartTimeZone,
      AppointmentSchema.IsAllDayEvent,
      AppointmentSchema.LegacyFreeBusyStatus,
      AppointmentSchema.Organizer,
      AppointmentSchema.RequiredAttendees,
      AppointmentSchema.OptionalAttendees,
      AppointmentSchema.Resources,
      AppointmentSchema.AppointmentType,
      AppointmentSchema.Recurrence,
      AppointmentSchema.ModifiedOccurrences,
      AppointmentSchema.DeletedOccurrences,
      ExsyncProperties.ZONE
    };
  }

  private static PropertyDefinitionBase[] task() {
    return new PropertyDefinitionBase[] {
      ItemSchema.Subject,
      ItemSchema.Body,
      ItemSchema.Sensitivity,
      ItemSchema.Importance,
      ItemSchema.IsReminderSet,
      ItemSchema.ReminderDueBy,
      ItemSchema.LastModifiedTime,
      TaskSchema.StartDate,
      TaskSchema.DueDate,
      TaskSchema.Status,
      TaskSchema.PercentComplete,
      TaskSchema.CompleteDate,
      ExsyncProperties.ZONE
    };
  }

  private static PropertyDefinitionBase[] contact() {
    return new PropertyDefinitionBase[] {
      ItemSchema.LastModifiedTime,
      ContactSchema.GivenName,
      ContactSchema.MiddleName,
      ContactSchema.Surname,
      ContactSchema.CompanyName,
      ContactSchema.JobTitle,
      ContactSchema.EmailAddresses,
      ContactSchema.PhoneNumbers,
      ContactSchema.PhysicalAddresses
    };
  }
}
