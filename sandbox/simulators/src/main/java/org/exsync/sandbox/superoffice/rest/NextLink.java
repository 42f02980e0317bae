package org.exsync.sandbox.superoffice.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import org.exsync.sandbox.http.SimRequest;

/** Builds the query of the next page: the same options with {@code $skip} moved on. */
final class NextLink {

  private NextLink() {}

  static String query(String rawQuery, int skip) {
    StringJoiner query = new StringJoiner("&");
    boolean skipSet = false;
    for (Map.Entry<String, String> option : SimRequest.decodeForm(rawQuery).entrySet()) {
      String value = option.getValue();
      if (option.getKey().equalsIgnoreCase("$skip")) {
        value = String.valueOf(skip);
        skipSet = true;
      }
      query.add(encode(option.getKey()) + "=" + encode(value));
    }
    if (!skipSet) {
      query.add("$skip=" + skip);
    }
    return query.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%24", "$")
        .replace("%2C", ",")
        .replace("%27", "'");
  }
}
