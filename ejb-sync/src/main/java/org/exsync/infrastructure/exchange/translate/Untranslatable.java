package org.exsync.infrastructure.exchange.translate;

/**
 * An item that has no faithful form on the other side, such as a yearly series every second year,
 * which Exchange cannot hold. The message names the item's problem in words an admin understands;
 * the item is rejected, never stored half.
 */
public final class Untranslatable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public Untranslatable(String message) {
    super(message, null, false, false);
  }
}
