package org.exsync.application.link;

/** Which linked users the table shows. */
public enum LinkFilter {
  ALL,
  WITH_ERRORS,
  WITHOUT_ERRORS;

  boolean accepts(LinkRow row) {
    return switch (this) {
      case ALL -> true;
      case WITH_ERRORS -> row.hasError();
      case WITHOUT_ERRORS -> !row.hasError();
    };
  }
}
