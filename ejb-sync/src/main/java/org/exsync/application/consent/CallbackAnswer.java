package org.exsync.application.consent;

/**
 * What Microsoft sent to the callback, by form post or in the query.
 *
 * @param code the authorization code, or null
 * @param state the state, or null
 * @param error the OAuth error, or null
 * @param errorDescription Microsoft's description of the error, or null
 */
public record CallbackAnswer(String code, String state, String error, String errorDescription) {

  @Override
  public String toString() {
    return "CallbackAnswer[code=" + (code != null) + ", error=" + error + "]";
  }
}
