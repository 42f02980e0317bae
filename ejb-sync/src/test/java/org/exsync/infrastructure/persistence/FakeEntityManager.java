package org.exsync.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * An EntityManager that records what is persisted and fails its flush the way EclipseLink does when
 * the database refuses an insert. Calls it does not know about fail the test.
 */
final class FakeEntityManager {

  final List<Object> persisted = new ArrayList<>();
  private PersistenceException flushFailure;

  /** Makes every flush throw the given exception. */
  FakeEntityManager failingFlushWith(PersistenceException failure) {
    this.flushFailure = failure;
    return this;
  }

  EntityManager proxy() {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "persist" -> {
                    persisted.add(args[0]);
                    yield null;
                  }
                  case "flush" -> {
                    if (flushFailure != null) {
                      throw flushFailure;
                    }
                    yield null;
                  }
                  case "find" -> null;
                  default ->
                      throw new UnsupportedOperationException(
                          "FakeEntityManager does not support " + method.getName());
                });
  }
}
