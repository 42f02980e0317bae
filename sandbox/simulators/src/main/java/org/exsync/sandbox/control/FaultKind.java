package org.exsync.sandbox.control;

/** The failures a simulator can be told to produce. */
public enum FaultKind {
  /** Answer with the rule's HTTP status and the service's usual error body for it. */
  HTTP_STATUS,
  /** Hold the request for the rule's delay, then close the connection without an answer. */
  TIMEOUT,
  /** Close the connection at once without an answer. */
  DROP_CONNECTION,
  /** Answer 200 with a body cut off in the middle, so it cannot be parsed. */
  MALFORMED_BODY,
  /**
   * Answer with the service's own internal-error response: EWS {@code ErrorInternalServerError}, a
   * SuperOffice 500 error body, an identity {@code server_error}.
   */
  SERVICE_ERROR,
  /** Wait for the rule's delay, then answer normally. */
  SLOW
}
