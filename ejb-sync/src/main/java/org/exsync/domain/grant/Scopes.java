package org.exsync.domain.grant;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** OAuth scopes stored as one space-separated string, the way OAuth itself writes them. */
final class Scopes {

  static final int MAX_LENGTH = 1024;

  private Scopes() {}

  static String join(Set<String> scopes) {
    if (scopes == null) {
      throw new IllegalArgumentException("scopes is required but was null; pass an empty set");
    }
    for (String scope : scopes) {
      if (scope == null
          || scope.isBlank()
          || scope.strip().chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            "each scope must be one word without blanks, got '" + scope + "' in " + scopes);
      }
    }
    String joined = scopes.stream().map(String::strip).collect(Collectors.joining(" "));
    if (joined.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "scopes must take at most "
              + MAX_LENGTH
              + " characters together, got "
              + joined.length());
    }
    return joined;
  }

  static Set<String> split(String joined) {
    if (joined == null || joined.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(joined.split(" "))));
  }
}
