package org.exsync.application.scheduling;

/** What became of a SuperOffice webhook delivery. */
public enum WebhookReceipt {
  /** The associate's link will run at its rank's next tick. */
  ACCEPTED,
  /** Signed right, but about nobody Exsync syncs. */
  IGNORED,
  /** Not signed with the webhook's secret (or no secret is set): the sender is not told why. */
  REFUSED
}
