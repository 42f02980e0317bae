package org.exsync.infrastructure.exchange;

import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.sandbox.data.SeedUser;
import org.junit.jupiter.api.AfterEach;

/**
 * A test on one mailbox of its own sandbox, opened through the adapter with an app-only token and
 * closed after the test.
 */
abstract class OneMailboxTest {

  protected final SandboxExchange sandbox = new SandboxExchange();
  protected final SeedUser user;
  protected final ExchangeMailbox mailbox;

  protected OneMailboxTest(int userIndex, EwsOptions options) {
    user = sandbox.user(userIndex);
    mailbox = sandbox.open(sandbox.appOnly(user), options);
  }

  @AfterEach
  void closeMailboxAndSandbox() {
    mailbox.close();
    sandbox.close();
  }
}
