package org.exsync.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves a {@link SimHandler} from the JDK's HTTP server on a free loopback port. Starts in
 * milliseconds; every request runs on its own worker thread, so a simulator's latency and
 * concurrency limits behave as they would on a real server.
 */
public final class InProcessServer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(InProcessServer.class.getName());
  private static final int MAX_WORKERS = 512;

  static {
    // The JDK server leaves Nagle's algorithm on, so with the client's delayed ACK every small
    // answer waits about 40 ms (measured: 21 instead of 180 token requests a second on one
    // connection). Real servers set TCP_NODELAY; the property must be set before the first server.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final URI baseUri;

  private InProcessServer(HttpServer server, ExecutorService workers, String scheme) {
    this.server = server;
    this.workers = workers;
    this.baseUri = URI.create(scheme + "://localhost:" + server.getAddress().getPort());
  }

  /** Serves plain HTTP. */
  public static InProcessServer http(SimHandler handler) {
    try {
      return start(HttpServer.create(loopback(), 0), handler, "http");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open a loopback port for a simulator", e);
    }
  }

  /** Serves HTTPS with the given certificate, for clients that refuse plain HTTP. */
  public static InProcessServer https(SimHandler handler, SelfSignedTls tls) {
    try {
      HttpsServer server = HttpsServer.create(loopback(), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
      return start(server, handler, "https");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open a loopback port for a simulator", e);
    }
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  private static InProcessServer start(HttpServer server, SimHandler handler, String scheme) {
    ExecutorService workers = workerPool();
    server.setExecutor(workers);
    server.createContext("/", exchange -> serve(exchange, handler, scheme));
    server.start();
    return new InProcessServer(server, workers, scheme);
  }

  private static ExecutorService workerPool() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            0,
            MAX_WORKERS,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "sandbox-http-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    // More than MAX_WORKERS requests at once: the caller's thread (the acceptor) serves it, which
    // queues further connections in the kernel as an overloaded server would.
    pool.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    return pool;
  }

  /** Scheme, host and port, for example {@code http://localhost:41234}. */
  public URI baseUri() {
    return baseUri;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private static void serve(HttpExchange exchange, SimHandler handler, String scheme) {
    try (exchange) {
      SimResponse response;
      try {
        response = handler.handle(toRequest(exchange, scheme));
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Simulator failed on " + exchange.getRequestURI().getRawPath(), e);
        response = SimResponse.of(500, "text/plain", "The simulator failed: " + e);
      }
      write(exchange, response);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Client went away", e);
    }
  }

  private static SimRequest toRequest(HttpExchange exchange, String scheme) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    URI uri = exchange.getRequestURI();
    String host = exchange.getRequestHeaders().getFirst("Host");
    String authority = host != null ? host : "localhost:" + exchange.getLocalAddress().getPort();
    return new SimRequest(
        exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
        uri.getRawPath(),
        uri.getRawQuery(),
        exchange.getRequestHeaders(),
        body,
        scheme + "://" + authority,
        exchange.getRemoteAddress().getAddress().getHostAddress());
  }

  private static void write(HttpExchange exchange, SimResponse response) throws IOException {
    if (response.dropConnection()) {
      // Closing before the status line is sent makes the JDK server close the socket itself.
      return;
    }
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      exchange.getResponseHeaders().put(header.getKey(), header.getValue());
    }
    byte[] body = response.body();
    boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
