package org.exsync.domain.grant;

/** Whether a grant can still be used. */
public enum GrantStatus {
  VALID,
  /** The identity platform refused the secret; only a new consent or password brings it back. */
  NEEDS_REAUTHENTICATION,
  /** Withdrawn on purpose; a revoked grant is never used again. */
  REVOKED
}
