package org.exsync.infrastructure.oauth;

import java.util.Objects;

/**
 * A sign-in that gave no grant, with the problem the user's page is chosen by. The message is for
 * the log, with the detail an admin needs; it never holds a token, code or secret.
 */
public class SignInException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SignInProblem problem;

  public SignInException(SignInProblem problem, String message) {
    super(message);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public SignInException(SignInProblem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public SignInProblem problem() {
    return problem;
  }
}
