package org.exsync.sandbox.ews;

import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.exception.http.HttpErrorException;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;

/**
 * Finds what ews-java-api wraps: SOAP faults arrive as a ServiceResponseException somewhere in the
 * cause chain of a ServiceRequestException, HTTP errors as an HttpErrorException.
 */
final class Causes {

  private Causes() {}

  static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError(
        "No " + type.getSimpleName() + " in the cause chain of " + thrown, thrown);
  }

  static ServiceError code(Throwable thrown) {
    return find(thrown, ServiceResponseException.class).getErrorCode();
  }

  static int httpStatus(Throwable thrown) {
    return find(thrown, HttpErrorException.class).getHttpErrorCode();
  }
}
