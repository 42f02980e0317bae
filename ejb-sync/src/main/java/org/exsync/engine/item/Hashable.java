package org.exsync.engine.item;

/** Something with a stable content hash. */
public interface Hashable {

  /**
   * A hash over the fields Exsync keeps in step; equal content gives an equal hash on every JVM and
   * in every release that keeps the scheme version.
   */
  String contentHash();
}
