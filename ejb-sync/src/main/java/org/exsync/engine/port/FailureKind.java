package org.exsync.engine.port;

/** Why a call across a port did not do what it was asked. */
public enum FailureKind {
  /** The server asked to slow down; retry after the back-off. */
  THROTTLED,
  /** The credentials no longer work; a person must consent or sign in again. */
  NEEDS_REAUTHENTICATION,
  /** A passing problem: 5xx, a timeout, a dropped connection. Retry later. */
  TRANSIENT,
  /** The item changed since the version the caller wrote against. */
  CONFLICT,
  /** The item no longer exists. */
  GONE,
  /** The item itself is invalid for the system; retrying the same content will fail again. */
  REJECTED,
  /** Exsync lacks a right (impersonation, access to the mailbox); an admin must grant it. */
  DENIED
}
