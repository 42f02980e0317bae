package org.exsync.sandbox.superoffice.odata;

/** What an archive column holds, which decides how filter values are read and compared. */
public enum ColumnType {
  INT,
  STRING,
  BOOL,
  /** A diary date-time, shown in the request's zone (the base zone unless SO-TimeZone says). */
  DATETIME,
  /** A registration or change time, always shown in UTC. */
  UTC_DATETIME
}
