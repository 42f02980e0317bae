package org.exsync.sandbox.superoffice.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SuperOffice Swagger contract, loaded once per JVM (it is 3.3 MB and takes seconds to parse),
 * and the check every exchange of the simulator's tests and of the SuperOffice connector's tests
 * goes through. The validator is an optional dependency of this library: whoever calls this class
 * brings {@code swagger-request-validator-core} on its own (test) class path, and the deployed
 * sandbox does without it.
 */
public final class SwaggerContract {

  private static final String SPEC = "/contracts/superoffice/Swagger-v1-REST.json";

  /** The one Agents call Exsync makes, cut from the Agents file with what it refers to. */
  private static final String AGENTS_SPEC =
      "/contracts/superoffice/Swagger-v1-Agents-GetAppointmentList.json";

  private static final long STARTED = System.nanoTime();
  private static final OpenApiInteractionValidator VALIDATOR = load(SPEC);
  private static final OpenApiInteractionValidator AGENTS = load(AGENTS_SPEC);
  public static final Duration LOAD_TIME = Duration.ofNanos(System.nanoTime() - STARTED);

  static {
    System.out.println("SuperOffice Swagger contract loaded in " + LOAD_TIME.toMillis() + " ms");
  }

  private SwaggerContract() {}

  /**
   * Read as text, not by URL: from inside the packaged library the URL is a {@code jar:} one, which
   * the validator's loader cannot open.
   */
  private static OpenApiInteractionValidator load(String file) {
    String spec;
    try (var in = SwaggerContract.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("The SuperOffice Swagger contract is missing: " + file);
      }
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return OpenApiInteractionValidator.createForInlineApiSpecification(spec)
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

  /**
   * What the contract finds wrong with one exchange over HTTP, as readable lines.
   *
   * @param pathAndQuery the request's path (with or without the tenant prefix {@code /CustNNNN})
   *     and query, not decoded
   * @param requestBody the body sent, or null
   * @param responseBody the body received, empty for none
   */
  public static List<String> problems(
      String method,
      String pathAndQuery,
      Map<String, List<String>> requestHeaders,
      String requestBody,
      int status,
      Map<String, List<String>> responseHeaders,
      String responseBody) {
    URI uri = URI.create(pathAndQuery);
    String apiPath = uri.getRawPath().replaceFirst("^/Cust\\d+", "");
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, apiPath);
    requestHeaders.forEach(request::withHeader);
    if (requestBody != null) {
      request.withBody(requestBody);
    }
    String query = uri.getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        request.withQueryParam(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    responseHeaders.forEach(response::withHeader);
    if (!responseBody.isEmpty()) {
      response.withBody(responseBody);
    }
    return problems(request.build(), response.build());
  }

  /** What the contract finds wrong with this exchange, as readable lines. */
  public static List<String> problems(SimpleRequest request, SimpleResponse response) {
    boolean agents =
        request.getPath().toLowerCase(java.util.Locale.ROOT).startsWith("/api/v1/agents/");
    ValidationReport report = (agents ? AGENTS : VALIDATOR).validate(request, response);
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
   * the errors every Web API call can get (400, 401, 403 for missing rights, 404 for a row that is
   * gone, 405, 412 for a conditional DELETE, 429, 500, 502, 503, 504) are not in it for every path.
   * Those are accepted as undeclared statuses; their bodies are checked by the tests themselves.
   */
  private static boolean isUndeclaredErrorStatus(ValidationReport.Message message, int status) {
    return message.getKey().equals("validation.response.status.unknown")
        && List.of(400, 401, 403, 404, 405, 412, 429, 500, 502, 503, 504).contains(status);
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
}
