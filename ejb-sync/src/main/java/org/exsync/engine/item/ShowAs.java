package org.exsync.engine.item;

/**
 * How an appointment shows in the owner's free/busy time. SuperOffice knows only free or busy, so
 * the content hash compares {@link #isFree()}: Exchange's finer states survive on Exchange's side.
 */
public enum ShowAs {
  FREE,
  WORKING_ELSEWHERE,
  TENTATIVE,
  BUSY,
  OUT_OF_OFFICE;

  public boolean isFree() {
    return this == FREE;
  }
}
