package org.exsync.admin.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.exsync.application.link.LinkFilter;
import org.exsync.domain.link.ConflictPolicy;
import org.exsync.domain.link.LinkState;
import org.exsync.domain.link.SyncedItems;
import org.exsync.domain.shared.ItemKind;

/** The words the pages show for Exsync's enums and times, and the enums' choices. */
@Named
@ApplicationScoped
public class Labels {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** A moment as the pages show it, in UTC to the second; empty for none. */
  public String time(Instant moment) {
    return moment == null ? "" : TIME.format(moment);
  }

  /** A run's length as the pages show it: "850 ms", "4.2 s", "3 min 05 s"; empty for none. */
  public String duration(Duration length) {
    if (length == null) {
      return "";
    }
    long millis = length.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", length.toMinutes(), length.toSecondsPart());
  }

  public ItemKind[] getItemKinds() {
    return ItemKind.values();
  }

  public ConflictPolicy[] getPolicies() {
    return ConflictPolicy.values();
  }

  public SyncedItems[] getUnlinkChoices() {
    return SyncedItems.values();
  }

  public LinkFilter[] getFilters() {
    return LinkFilter.values();
  }

  public String kind(ItemKind kind) {
    return switch (kind) {
      case DIARY -> "Diary";
      case TASK -> "Task";
      case CONTACT -> "Contact";
    };
  }

  public String kinds(Collection<ItemKind> kinds) {
    return kinds.stream().sorted().map(this::kind).collect(Collectors.joining(", "));
  }

  public String policy(ConflictPolicy policy) {
    return switch (policy) {
      case LAST_MODIFIED_WINS -> "Last change wins";
      case CRM_WINS -> "SuperOffice wins";
      case EXCHANGE_WINS -> "Exchange wins";
    };
  }

  public String state(LinkState state) {
    return switch (state) {
      case IDLE -> "OK, waiting";
      case RUNNING -> "Syncing";
      case NEEDS_REAUTHENTICATION -> "Needs re-authentication";
      case FAILED -> "Failed";
      case PAUSED -> "Paused";
    };
  }

  public String filter(LinkFilter filter) {
    return switch (filter) {
      case ALL -> "All";
      case WITH_ERRORS -> "With errors";
      case WITHOUT_ERRORS -> "Without errors";
    };
  }

  public String syncedItems(SyncedItems choice) {
    return switch (choice) {
      case KEEP -> "Keep the synced items on both sides";
      case REMOVE -> "Remove the items Exsync put in the mailbox";
    };
  }
}
