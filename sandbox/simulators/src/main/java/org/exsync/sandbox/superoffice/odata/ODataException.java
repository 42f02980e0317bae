package org.exsync.sandbox.superoffice.odata;

/** A query the archive cannot run: the Web API answers it with 400 and an error body. */
public final class ODataException extends RuntimeException {

  public ODataException(String message) {
    super(message);
  }
}
