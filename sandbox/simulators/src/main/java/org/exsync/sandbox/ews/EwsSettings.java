package org.exsync.sandbox.ews;

import java.time.Clock;
import java.util.List;
import org.exsync.sandbox.control.Latency;
import org.exsync.sandbox.ews.auth.ServiceAccount;
import org.exsync.sandbox.ews.throttle.ThrottlingPolicy;
import org.exsync.sandbox.identity.AccessTokenVerifier;

/**
 * How the EWS simulator behaves.
 *
 * @param verifier checks bearer tokens (the identity simulator in the sandbox)
 * @param serviceAccounts Basic accounts of an on-premises deployment
 * @param throttling the limits; {@link ThrottlingPolicy#EXCHANGE_ONLINE} by default
 * @param latency time each answer takes; none by default
 * @param validateRequests validate each request against the EWS schema, as Exchange does; only
 *     benchmarks of the simulator itself turn it off
 * @param clock the time of change stamps and budgets
 */
public record EwsSettings(
    AccessTokenVerifier verifier,
    List<ServiceAccount> serviceAccounts,
    ThrottlingPolicy throttling,
    Latency latency,
    boolean validateRequests,
    Clock clock) {

  public EwsSettings {
    serviceAccounts = List.copyOf(serviceAccounts);
  }

  /** Exchange Online's limits, no latency, validation on, the system clock. */
  public static EwsSettings defaults(AccessTokenVerifier verifier) {
    return new EwsSettings(
        verifier,
        List.of(),
        ThrottlingPolicy.EXCHANGE_ONLINE,
        Latency.NONE,
        true,
        Clock.systemUTC());
  }

  public EwsSettings withServiceAccounts(List<ServiceAccount> accounts) {
    return new EwsSettings(verifier, accounts, throttling, latency, validateRequests, clock);
  }

  public EwsSettings withThrottling(ThrottlingPolicy policy) {
    return new EwsSettings(verifier, serviceAccounts, policy, latency, validateRequests, clock);
  }

  public EwsSettings withLatency(Latency newLatency) {
    return new EwsSettings(
        verifier, serviceAccounts, throttling, newLatency, validateRequests, clock);
  }

  public EwsSettings withRequestValidation(boolean validate) {
    return new EwsSettings(verifier, serviceAccounts, throttling, latency, validate, clock);
  }
}
