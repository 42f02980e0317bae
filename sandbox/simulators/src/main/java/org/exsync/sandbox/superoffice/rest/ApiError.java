package org.exsync.sandbox.superoffice.rest;

/**
 * A request the Web API refuses, with the status and the error type its error body names. Thrown
 * from deep inside a resource (also from within an atomic row update, which it then undoes) and
 * turned into a response at the edge.
 */
public final class ApiError extends RuntimeException {

  private final int status;
  private final String errorType;

  public ApiError(int status, String errorType, String message) {
    super(message);
    this.status = status;
    this.errorType = errorType;
  }

  public static ApiError notFound(String carrier, int id) {
    return new ApiError(404, "NotFound", carrier + " with id " + id + " does not exist");
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, "ArgumentException", message);
  }

  public int status() {
    return status;
  }

  public String errorType() {
    return errorType;
  }
}
