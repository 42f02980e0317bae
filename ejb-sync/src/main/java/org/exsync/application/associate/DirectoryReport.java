package org.exsync.application.associate;

import java.util.List;

/**
 * What a refresh of the associates from SuperOffice did.
 *
 * @param added associates new to Exsync
 * @param updated associates whose name, login, e-mail, type or retirement changed
 * @param retired associates SuperOffice no longer lists, kept and marked retired
 * @param unusableEmails associates whose SuperOffice e-mail address is not an address, by name with
 *     the value SuperOffice holds, so the admin can correct it there
 */
public record DirectoryReport(int added, int updated, int retired, List<String> unusableEmails) {

  public DirectoryReport {
    unusableEmails = List.copyOf(unusableEmails);
  }
}
