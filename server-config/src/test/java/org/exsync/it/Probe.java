package org.exsync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a probe servlet in the deployed application from the test: {@link ConsentProbe} unless
 * named.
 */
final class Probe {

  private final WebClient web = new WebClient();
  private final String path;

  Probe() {
    this("/exsync-probe/probe/");
  }

  /**
   * @param path where the probe servlet is served, ending in a slash
   */
  Probe(String path) {
    this.path = path;
  }

  /** Whether the operation is answered with 200, for a server that is still starting. */
  boolean answers(String operation) {
    return web.get(TargetDomain.internal(path + operation)).statusCode() == 200;
  }

  /** Posts the parameters as a UTF-8 form, so that names such as Jürgen Novák arrive intact. */
  Map<String, String> call(String operation, String... namesAndValues) {
    HttpResponse<String> response =
        web.postForm(TargetDomain.internal(path + operation), namesAndValues);
    return answer(response);
  }

  /** A probe's {@code name=value} lines, from an answer that must be 200. */
  static Map<String, String> answer(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, String> answer = new LinkedHashMap<>();
    response
        .body()
        .lines()
        .filter(line -> line.contains("="))
        .forEach(
            line ->
                answer.put(
                    line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
    return answer;
  }

  /** A new associate with a random CRM id and the given SuperOffice e-mail; its Exsync id. */
  String associate(String name, String email) {
    return call(
            "associate", "crmId", String.valueOf(TestData.crmId()), "name", name, "email", email)
        .get("id");
  }
}
