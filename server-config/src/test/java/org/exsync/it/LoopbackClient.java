package org.exsync.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP/1.1 client that connects from a chosen loopback address (127.0.0.2, 127.0.0.3, ...),
 * so that each security test is one client address of its own for the registration pages' rate
 * limits. Keeps the session cookie, follows no redirects.
 */
final class LoopbackClient {

  private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

  private final String source;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  LoopbackClient(String source) {
    this.source = source;
  }

  /** A response: status, headers by lower-case name, body. */
  record Response(int status, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? null : values.get(0);
    }

    /** Every hidden field of the page's forms by name, as a browser would post them back. */
    Map<String, String> hiddenFields() {
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher input = HIDDEN_INPUT.matcher(body);
      while (input.find()) {
        Matcher name = NAME.matcher(input.group());
        Matcher value = VALUE.matcher(input.group());
        if (name.find()) {
          fields.put(name.group(1), value.find() ? unescape(value.group(1)) : "");
        }
      }
      return fields;
    }

    private static String unescape(String html) {
      return html.replace("&#58;", ":").replace("&quot;", "\"").replace("&amp;", "&");
    }
  }

  Response get(URI uri) {
    return send("GET", uri, null);
  }

  Response post(URI uri, Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (name, value) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return send("POST", uri, body.toString());
  }

  Response send(String method, URI uri, String form) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
      socket.setSoTimeout(30_000);
      byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
      StringBuilder head =
          new StringBuilder(method)
              .append(' ')
              .append(uri.getRawPath())
              .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              .append(" HTTP/1.1\r\nHost: ")
              .append(uri.getHost())
              .append(':')
              .append(uri.getPort())
              .append("\r\nConnection: close\r\n");
      if (!cookies.isEmpty()) {
        head.append("Cookie: ");
        cookies.forEach((name, value) -> head.append(name).append('=').append(value).append("; "));
        head.append("\r\n");
      }
      if (form != null) {
        head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
      }
      OutputStream out = socket.getOutputStream();
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets a cookie as if a page had set it, for example a session id an attacker planted. */
  void plant(String name, String value) {
    cookies.put(name, value);
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  private Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    String raw = new String(all, StandardCharsets.ISO_8859_1);
    int end = raw.indexOf("\r\n\r\n");
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      if (name.equals("set-cookie")) {
        String pair = value.split(";", 2)[0];
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
      }
    }
    byte[] payload = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    if (encoding.stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
      payload = unchunk(payload);
    }
    return new Response(status, headers, new String(payload, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = at;
      while (chunked[lineEnd] != '\r') {
        lineEnd++;
      }
      String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeText.split(";")[0].trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }
}
