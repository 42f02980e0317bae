package org.exsync.sandbox.superoffice.store;

/** A stored row: a primary key and the stamp of who registered and last updated it. */
public interface Row {

  int id();

  Stamp stamp();
}
