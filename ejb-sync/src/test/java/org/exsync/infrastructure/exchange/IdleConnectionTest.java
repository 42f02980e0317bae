package org.exsync.infrastructure.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.exsync.domain.shared.ItemKind;
import org.exsync.engine.port.ExchangeMailbox;
import org.exsync.engine.port.FailureKind;
import org.exsync.engine.port.FolderRef;
import org.exsync.engine.port.MailboxAccess;
import org.exsync.engine.port.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server closes a kept-alive connection that idled too long, as IIS does after two minutes; a
 * write sent on it would get no answer and could not be repeated. Here a proxy in front of the
 * simulator closes connections idle for 300 ms.
 */
class IdleConnectionTest {

  private static final Duration SERVER_IDLE = Duration.ofMillis(300);

  private final SandboxExchange sandbox = new SandboxExchange();
  private final IdleClosingProxy proxy = new IdleClosingProxy(sandbox.ewsUrl(), SERVER_IDLE);

  @AfterEach
  void close() throws IOException {
    proxy.close();
    sandbox.close();
  }

  @Test
  void aWriteAfterALongIdle_goesOnAFreshConnection_andSucceeds() throws Exception {
    Pause pause = writeAfterPause(Duration.ofMillis(100));

    assertThat(pause.after().isDone()).as("%s", pause.after().failure()).isTrue();
    assertThat(pause.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void withoutTheLimit_theSameWriteMeetsTheClosedConnection() throws Exception {
    Pause pause = writeAfterPause(Duration.ofMinutes(10));

    assertThat(pause.after().failure().orElseThrow().kind()).isEqualTo(FailureKind.TRANSIENT);
  }

  @Test
  void connectionsInUse_areKept() throws Exception {
    try (ExchangeMailbox mailbox =
        open(EwsOptions.DEFAULTS.withIdleLimit(Duration.ofSeconds(15)))) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();
      int before = proxy.accepted.get();
      for (int i = 0; i < 5; i++) {
        assertThat(mailbox.create(calendar, List.of(Items.meeting("Rad " + i))).isDone()).isTrue();
      }

      assertThat(proxy.accepted.get() - before).isLessThanOrEqualTo(1);
    }
  }

  /** What a write sent after the server dropped the idle connection met. */
  private record Pause(Outcome<?> after, int connectionsOpened) {}

  /** Writes once, idles past the server's limit, and writes again. */
  private Pause writeAfterPause(Duration idleLimit) throws InterruptedException {
    try (ExchangeMailbox mailbox = open(EwsOptions.DEFAULTS.withIdleLimit(idleLimit))) {
      FolderRef calendar = mailbox.defaultFolder(ItemKind.DIARY).value();
      assertThat(mailbox.create(calendar, List.of(Items.meeting("Før pausen"))).isDone()).isTrue();
      int opened = proxy.accepted.get();

      Thread.sleep(SERVER_IDLE.multipliedBy(3).toMillis());
      Outcome<?> after = mailbox.create(calendar, List.of(Items.meeting("Etter pausen")));
      return new Pause(after, proxy.accepted.get() - opened);
    }
  }

  private ExchangeMailbox open(EwsOptions options) {
    SeedUserAccess access = new SeedUserAccess(sandbox.appOnly(sandbox.user(0)));
    return sandbox.open(access.through(proxy.uri()), options);
  }

  /** The same access, sent to another address. */
  private record SeedUserAccess(MailboxAccess access) {
    MailboxAccess through(URI ewsUrl) {
      return new MailboxAccess(access.smtpAddress(), ewsUrl, access.auth());
    }
  }

  /** Forwards bytes to the simulator and closes a connection that carried nothing for a while. */
  private static final class IdleClosingProxy implements AutoCloseable {
    final AtomicInteger accepted = new AtomicInteger();
    private final ServerSocket server;
    private final URI target;
    private final Map<Socket, long[]> lastActive = new ConcurrentHashMap<>();
    private volatile boolean open = true;

    IdleClosingProxy(URI target, Duration idle) {
      this.target = target;
      try {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      daemon(this::accept);
      daemon(() -> closeIdle(idle));
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + server.getLocalPort() + target.getRawPath());
    }

    private void accept() {
      while (open) {
        try {
          Socket client = server.accept();
          accepted.incrementAndGet();
          Socket upstream = new Socket(target.getHost(), target.getPort());
          long[] stamp = {System.nanoTime()};
          lastActive.put(client, stamp);
          daemon(() -> pump(client, upstream, stamp));
          daemon(() -> pump(upstream, client, stamp));
        } catch (IOException e) {
          return;
        }
      }
    }

    private void pump(Socket from, Socket to, long[] stamp) {
      byte[] buffer = new byte[16_384];
      try (InputStream in = from.getInputStream()) {
        OutputStream out = to.getOutputStream();
        for (int n; (n = in.read(buffer)) >= 0; ) {
          stamp[0] = System.nanoTime();
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // the other direction or the idle check closed the pair
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }

    private void closeIdle(Duration idle) {
      while (open) {
        long now = System.nanoTime();
        lastActive
            .entrySet()
            .removeIf(
                e -> {
                  if (now - e.getValue()[0] > idle.toNanos()) {
                    closeQuietly(e.getKey());
                    return true;
                  }
                  return false;
                });
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private static void daemon(Runnable work) {
      Thread thread = new Thread(work, "idle-closing-proxy");
      thread.setDaemon(true);
      thread.start();
    }

    private static void closeQuietly(Socket socket) {
      try {
        socket.close();
      } catch (IOException e) {
        // already closed
      }
    }

    @Override
    public void close() throws IOException {
      open = false;
      server.close();
      lastActive.keySet().forEach(IdleClosingProxy::closeQuietly);
    }
  }
}
