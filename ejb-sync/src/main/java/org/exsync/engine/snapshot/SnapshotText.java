package org.exsync.engine.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The flat form of a snapshot: a header line, then one {@code key=value} line per field in a fixed
 * order. Backslash, line feed and carriage return in values are escaped; a null field is left out.
 */
final class SnapshotText {

  private final String header;
  private final Map<String, String> fields;

  private SnapshotText(String header, Map<String, String> fields) {
    this.header = header;
    this.fields = fields;
  }

  static SnapshotText create(String type) {
    return new SnapshotText(type + " " + ItemSnapshots.VERSION, new LinkedHashMap<>());
  }

  static SnapshotText parse(String text) {
    String[] lines = text.split("\n", -1);
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      int equals = lines[i].indexOf('=');
      if (equals < 1) {
        throw new IllegalArgumentException("Snapshot line " + (i + 1) + " has no key: " + lines[i]);
      }
      fields.put(lines[i].substring(0, equals), unescape(lines[i].substring(equals + 1)));
    }
    return new SnapshotText(lines[0], fields);
  }

  String header() {
    return header;
  }

  SnapshotText put(String key, Object value) {
    if (value != null) {
      fields.put(key, value.toString());
    }
    return this;
  }

  SnapshotText putList(String key, List<?> values) {
    put(key + ".count", values.size());
    for (int i = 0; i < values.size(); i++) {
      put(key + "." + i, values.get(i));
    }
    return this;
  }

  /** Every field by key, in order, unmodifiable. */
  Map<String, String> fields() {
    return java.util.Collections.unmodifiableMap(fields);
  }

  String text(String key) {
    return fields.get(key);
  }

  String textOrEmpty(String key) {
    return fields.getOrDefault(key, "");
  }

  boolean has(String key) {
    return fields.containsKey(key);
  }

  boolean bool(String key) {
    return Boolean.parseBoolean(fields.get(key));
  }

  Integer integer(String key) {
    return map(key, Integer::valueOf);
  }

  Instant instant(String key) {
    return map(key, Instant::parse);
  }

  LocalDate date(String key) {
    return map(key, LocalDate::parse);
  }

  ZoneId zone(String key) {
    return map(key, ZoneId::of);
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type) {
    return map(key, name -> Enum.valueOf(type, name));
  }

  List<String> list(String key) {
    Integer count = integer(key + ".count");
    List<String> values = new ArrayList<>();
    for (int i = 0; count != null && i < count; i++) {
      values.add(textOrEmpty(key + "." + i));
    }
    return values;
  }

  <T> T map(String key, Function<String, T> parse) {
    String value = fields.get(key);
    return value == null ? null : parse.apply(value);
  }

  String write() {
    StringBuilder out = new StringBuilder(header).append('\n');
    fields.forEach((key, value) -> out.append(key).append('=').append(escape(value)).append('\n'));
    return out.toString();
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char next = value.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
