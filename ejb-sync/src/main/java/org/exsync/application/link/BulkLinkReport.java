package org.exsync.application.link;

import java.util.List;

/**
 * What "link all exact matches" did.
 *
 * @param linked the users linked, as "associate name: mailbox"
 * @param skipped the users not linked, each with the reason
 */
public record BulkLinkReport(List<String> linked, List<String> skipped) {

  public BulkLinkReport {
    linked = List.copyOf(linked);
    skipped = List.copyOf(skipped);
  }
}
