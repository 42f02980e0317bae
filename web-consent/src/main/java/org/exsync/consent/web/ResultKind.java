package org.exsync.consent.web;

import org.exsync.application.consent.ConsentOutcome;
import org.exsync.application.consent.RegistrationStep;

/**
 * Every ending a person can meet on the registration pages, each with its own page: a heading and a
 * text in plain words, never with internals. Whether it offers to start again, and whether a
 * reference for the administrator is shown, depends on the ending.
 */
public enum ResultKind {
  COMPLETE(
      "Registration complete",
      "Your mailbox is connected. Exsync will keep your SuperOffice diary, tasks and contacts in"
          + " step with it once your administrator has set up the synchronisation. You can close"
          + " this page.",
      false),
  COMPLETE_OTHER_ADDRESS(
      "Registration received, with another address",
      "You signed in with a different Microsoft 365 account than the address the invitation was"
          + " sent to. Your registration was recorded; your administrator will decide whether this"
          + " account is the right one for your SuperOffice user. If it is not, sign in again with"
          + " the invited address.",
      false),
  NOT_FOUND(
      "This registration link or code is not valid",
      "Please check the link or the code and the e-mail address in your invitation, or ask your"
          + " administrator for a new invitation.",
      false),
  EXPIRED(
      "This invitation has expired",
      "Invitations are valid for a limited time. Please ask your administrator to send you a new"
          + " one.",
      false),
  ALREADY_USED(
      "This invitation was already used",
      "The registration with this invitation is complete. If you need to sign in again, ask your"
          + " administrator for a new invitation.",
      false),
  REPLACED(
      "A newer invitation was sent",
      "This invitation was replaced by a newer one. Please use the link in the most recent"
          + " invitation e-mail.",
      false),
  TOO_MANY_ATTEMPTS(
      "Too many attempts",
      "There were too many unsuccessful attempts from your network. Please wait fifteen minutes"
          + " and try again.",
      false),
  CANCELLED(
      "Sign-in cancelled",
      "You cancelled the sign-in at Microsoft, so your mailbox was not connected. You can start"
          + " again whenever you like.",
      true),
  CONSENT_DENIED(
      "Your organisation needs to approve Exsync first",
      "Your organisation's settings do not let you give Exsync access yourself. Please ask your"
          + " administrator to approve the Exsync application for your organisation, then try"
          + " again.",
      true),
  WRONG_TENANT(
      "This account belongs to another organisation",
      "The Microsoft 365 account you signed in with is not part of the organisation Exsync is set"
          + " up for. Please sign in with your work account.",
      true),
  MICROSOFT_UNREACHABLE(
      "Microsoft could not be reached",
      "The sign-in service of Microsoft did not answer just now. Please try again in a few"
          + " minutes.",
      true),
  SESSION_EXPIRED(
      "Please start again",
      "Your registration took too long or was opened in another browser window. Please open the"
          + " link in your invitation again.",
      false),
  FAILED(
      "The sign-in could not be completed",
      "Something went wrong while connecting your mailbox. Please try again; if it happens again,"
          + " tell your administrator the reference below.",
      true);

  private final String heading;
  private final String text;
  private final boolean mayRetry;

  ResultKind(String heading, String text, boolean mayRetry) {
    this.heading = heading;
    this.text = text;
    this.mayRetry = mayRetry;
  }

  public String getHeading() {
    return heading;
  }

  public String getText() {
    return text;
  }

  /** Whether the page offers to sign in again with the same invitation. */
  public boolean isMayRetry() {
    return mayRetry;
  }

  /** A page id for tests and styles, such as {@code result-wrong-tenant}. */
  public String getPageId() {
    return "result-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public boolean isSuccess() {
    return this == COMPLETE || this == COMPLETE_OTHER_ADDRESS;
  }

  static ResultKind of(RegistrationStep.Status status) {
    return switch (status) {
      case OPEN -> throw new IllegalArgumentException("An open invitation is not an ending");
      case NOT_FOUND -> NOT_FOUND;
      case EXPIRED -> EXPIRED;
      case ALREADY_USED -> ALREADY_USED;
      case REPLACED -> REPLACED;
      case TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
    };
  }

  static ResultKind of(ConsentOutcome.Result result) {
    return switch (result) {
      case COMPLETE -> COMPLETE;
      case COMPLETE_OTHER_ADDRESS -> COMPLETE_OTHER_ADDRESS;
      case CANCELLED -> CANCELLED;
      case CONSENT_DENIED -> CONSENT_DENIED;
      case WRONG_TENANT -> WRONG_TENANT;
      case MICROSOFT_UNREACHABLE -> MICROSOFT_UNREACHABLE;
      case EXPIRED -> EXPIRED;
      case ALREADY_USED -> ALREADY_USED;
      case FAILED -> FAILED;
    };
  }
}
