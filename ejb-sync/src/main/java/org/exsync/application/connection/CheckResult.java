package org.exsync.application.connection;

/**
 * What a "Test connection" found, in plain words.
 *
 * @param ok whether the round trip worked
 * @param summary one line: what worked or what went wrong
 * @param detail what the other side answered, or empty
 * @param fix what the admin does about a failure; empty when it worked
 */
public record CheckResult(boolean ok, String summary, String detail, String fix) {

  static CheckResult passed(String summary, String detail) {
    return new CheckResult(true, summary, detail, "");
  }

  static CheckResult failed(String summary, String detail, String fix) {
    return new CheckResult(false, summary, detail, fix);
  }
}
