package org.exsync.engine;

/** What a run did to one side of a pair. */
public record SideCounts(int created, int updated, int deleted, int unlinked) {

  public static final SideCounts NONE = new SideCounts(0, 0, 0, 0);

  public SideCounts plus(SideCounts other) {
    return new SideCounts(
        created + other.created,
        updated + other.updated,
        deleted + other.deleted,
        unlinked + other.unlinked);
  }
}
