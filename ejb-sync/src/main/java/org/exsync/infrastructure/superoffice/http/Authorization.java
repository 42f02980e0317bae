package org.exsync.infrastructure.superoffice.http;

import java.util.Map;
import org.exsync.engine.port.Outcome;

/**
 * The headers that let a Web API call in: a ticket with the application token, or Basic. Three
 * kinds exist (system user, on-site ticket, Basic); only the system user's can be renewed.
 */
public interface Authorization {

  /** The headers for the next call; may answer from a cache. */
  Outcome<Map<String, String>> headers();

  /**
   * After a 401 with these headers: gets fresh credentials if that is possible and nobody did so
   * already; false when there is nothing to renew.
   */
  boolean renew(Map<String, String> rejected);
}
