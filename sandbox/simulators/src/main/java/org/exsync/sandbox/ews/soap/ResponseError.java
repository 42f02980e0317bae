package org.exsync.sandbox.ews.soap;

/**
 * A failure that Exchange reports inside a response message ({@code ResponseClass="Error"}) with
 * HTTP 200: for one item of a batch, or for the whole operation when it has one message.
 */
public final class ResponseError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  public ResponseError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ResponseError itemNotFound() {
    return new ResponseError(
        "ErrorItemNotFound", "The specified object was not found in the store.");
  }

  public static ResponseError folderNotFound() {
    return new ResponseError(
        "ErrorFolderNotFound", "The specified folder could not be found in the store.");
  }

  public static ResponseError invalidId() {
    return new ResponseError("ErrorInvalidIdMalformed", "Id is malformed.");
  }

  public static ResponseError accessDenied() {
    return new ResponseError(
        "ErrorAccessDenied", "Access is denied. Check credentials and try again.");
  }
}
