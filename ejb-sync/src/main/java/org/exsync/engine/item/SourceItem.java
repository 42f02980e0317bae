package org.exsync.engine.item;

import java.time.Instant;
import java.util.Objects;

/**
 * An item as one system holds it: its id there, its version (the EWS ChangeKey, the SuperOffice
 * UpdatedDate), when it was last changed there, and its content.
 */
public record SourceItem(String id, String version, Instant lastModified, CanonicalItem content) {

  public SourceItem {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A source item needs its id, got '" + id + "'");
    }
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("Source item " + id + " needs its version");
    }
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(content, "content");
  }

  public String contentHash() {
    return content.contentHash();
  }
}
