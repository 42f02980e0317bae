package org.exsync.sandbox.superoffice.auth;

import org.exsync.sandbox.superoffice.store.Associate;

/**
 * Who a request comes from: the associate it acts as, and the key its rate limit is counted under
 * (the application token for ticket calls, the user name for Basic calls).
 */
public record Caller(Associate associate, String rateKey) {}
