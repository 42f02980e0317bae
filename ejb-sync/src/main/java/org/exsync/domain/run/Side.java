package org.exsync.domain.run;

/** The system a change was applied to. */
public enum Side {
  CRM,
  EXCHANGE
}
