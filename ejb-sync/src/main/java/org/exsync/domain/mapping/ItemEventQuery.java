package org.exsync.domain.mapping;

import java.util.Locale;

/**
 * Which item events to list.
 *
 * @param linkId only this link's, or null for every link
 * @param text only items whose subject contains it (ignoring case) or whose CRM or Exchange id is
 *     exactly it; null or blank for all
 * @param eventKind only events of the engine's ItemEventKind of this name, or null for all
 */
public record ItemEventQuery(Long linkId, String text, String eventKind) {

  public ItemEventQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    eventKind = eventKind == null || eventKind.isBlank() ? null : eventKind;
  }

  /** The text in lower case, for the subject search. */
  public String lowerText() {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
