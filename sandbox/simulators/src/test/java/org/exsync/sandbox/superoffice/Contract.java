package org.exsync.sandbox.superoffice;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SuperOffice Swagger contract, loaded once per test JVM (it is 3.3 MB and takes seconds to
 * parse), and the check every exchange in these tests goes through.
 */
final class Contract {

  private static final long STARTED = System.nanoTime();
  private static final OpenApiInteractionValidator VALIDATOR = load();
  static final Duration LOAD_TIME = Duration.ofNanos(System.nanoTime() - STARTED);

  static {
    System.out.println("SuperOffice Swagger contract loaded in " + LOAD_TIME.toMillis() + " ms");
  }

  private Contract() {}

  private static OpenApiInteractionValidator load() {
    URL spec = Contract.class.getResource("/contracts/superoffice/Swagger-v1-REST.json");
    return OpenApiInteractionValidator.createForSpecificationUrl(spec.toString())
        .withResolveRefs(false)
        .build();
  }

  /**
   * The Web API writes date-times without an offset ({@code 2026-03-02T13:00:00}: diary times in
   * the base zone, change times in UTC), where the Swagger file declares RFC 3339 {@code
   * date-time}. This is the one known disagreement between the file and the real service that the
   * simulator follows the service on; only exactly that shape is let through.
   */
  private static final Pattern LOCAL_DATE_TIME =
      Pattern.compile(
          ".*String \"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\" is invalid against requested date format.*");

  /** What the contract finds wrong with this exchange, as readable lines. */
  static List<String> problems(SimpleRequest request, SimpleResponse response) {
    ValidationReport report = VALIDATOR.validate(request, response);
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !isLocalDateTime(m))
        .filter(m -> !isUndeclaredErrorStatus(m, response.getStatus()))
        .filter(m -> !isErrorBody(m, response.getStatus()))
        .filter(m -> !isJsonPatchValue(m, request))
        .filter(m -> !isArchiveCell(m))
        .map(m -> m.getKey() + ": " + m.getMessage())
        .toList();
  }

  /**
   * The Swagger file declares only the success and entity-specific statuses (304, 404, 409, 412);
   * the errors every Web API call can get (400, 401, 405, 429, 500, 503) are not in it. Those are
   * accepted as undeclared statuses; their bodies are checked by the tests themselves.
   */
  private static boolean isUndeclaredErrorStatus(ValidationReport.Message message, int status) {
    return message.getKey().equals("validation.response.status.unknown")
        && List.of(400, 401, 405, 429, 500, 503).contains(status);
  }

  /**
   * For 404, 409 and 412 the Swagger file describes no body, but the Web API sends its error object
   * ({@code Error}, {@code ErrorType}, {@code ErrorSource}); the tests check those bodies.
   */
  private static boolean isErrorBody(ValidationReport.Message message, int status) {
    return message.getKey().equals("validation.response.body.unexpected") && status >= 400;
  }

  /**
   * The Swagger file's JsonPatch describes {@code value} as "string or object" but types it as
   * object only; a patch that sets a string or a boolean is what the description allows.
   */
  private static boolean isJsonPatchValue(ValidationReport.Message message, SimpleRequest request) {
    return request.getMethod() == Request.Method.PATCH
        && message.getKey().equals("validation.request.body.schema.type")
        && message
            .getMessage()
            .matches(
                "\\[Path '/\\d+/value'\\] Instance type \\((string|boolean|integer|number)\\).*");
  }

  /**
   * ODataSlimResponse ("just a flat list of values", says its own description) types each row cell
   * as {@code object}: .NET's {@code object}, meaning any value. The Web API writes numbers,
   * strings, booleans and dates there, so scalar cells of list rows are accepted.
   */
  private static boolean isArchiveCell(ValidationReport.Message message) {
    return message.getKey().equals("validation.response.body.schema.type")
        && message
            .getMessage()
            .matches(
                "\\[Path '/value/\\d+/[^']+'\\] Instance type \\((string|integer|number|boolean|null)\\).*");
  }

  private static boolean isLocalDateTime(ValidationReport.Message message) {
    return message.getKey().endsWith(".body.schema.format.date-time")
        && LOCAL_DATE_TIME.matcher(message.getMessage()).matches();
  }

  static Request.Method method(String name) {
    return Request.Method.valueOf(name);
  }
}
