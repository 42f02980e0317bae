package org.exsync.sandbox.ews.soap;

import java.util.Map;

/**
 * A failure of the whole request that Exchange answers with a SOAP fault and HTTP 500: schema
 * validation, throttling, impersonation and authorization of the header. {@code values} become
 * {@code <t:Value Name="...">} entries of {@code MessageXml}, as {@code BackOffMilliseconds} does.
 */
public final class EwsFault extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient Map<String, String> values;
  private final String messageXml;

  private EwsFault(String code, String message, Map<String, String> values, String messageXml) {
    super(message, null, false, false);
    this.code = code;
    this.values = Map.copyOf(values);
    this.messageXml = messageXml;
  }

  public static EwsFault of(String code, String message) {
    return new EwsFault(code, message, Map.of(), "");
  }

  /** A fault whose MessageXml holds named values. */
  public static EwsFault withValues(String code, String message, Map<String, String> values) {
    return new EwsFault(code, message, values, "");
  }

  /** A fault whose MessageXml holds markup in the types namespace (schema violations). */
  public static EwsFault withMessageXml(String code, String message, String messageXml) {
    return new EwsFault(code, message, Map.of(), messageXml);
  }

  public String code() {
    return code;
  }

  public Map<String, String> values() {
    return values;
  }

  public String messageXml() {
    return messageXml;
  }
}
