package org.exsync.engine.port;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a call across a port gave: a value, or a typed {@link Failure}. Adapters never let an
 * exception cross the port; callers branch on {@link #failure()} and its {@link FailureKind}.
 */
public sealed interface Outcome<T> {

  static <T> Outcome<T> done(T value) {
    return new Done<>(value);
  }

  static <T> Outcome<T> failed(Failure failure) {
    return new Failed<>(failure);
  }

  boolean isDone();

  /** The value; only for a done outcome. */
  T value();

  Optional<Failure> failure();

  /** The value mapped, or the same failure. */
  <U> Outcome<U> map(Function<? super T, ? extends U> mapping);

  /** Chains a call that runs only when this one succeeded. */
  <U> Outcome<U> then(Function<? super T, Outcome<U>> next);

  record Done<T>(T value) implements Outcome<T> {

    @Override
    public boolean isDone() {
      return true;
    }

    @Override
    public Optional<Failure> failure() {
      return Optional.empty();
    }

    @Override
    public <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
      return new Done<>(mapping.apply(value));
    }

    @Override
    public <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
      return next.apply(value);
    }
  }

  record Failed<T>(Failure cause) implements Outcome<T> {

    public Failed {
      Objects.requireNonNull(cause, "cause");
    }

    @Override
    public boolean isDone() {
      return false;
    }

    @Override
    public T value() {
      throw new IllegalStateException("No value: " + cause);
    }

    @Override
    public Optional<Failure> failure() {
      return Optional.of(cause);
    }

    @Override
    public <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
      return new Failed<>(cause);
    }

    @Override
    public <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
      return new Failed<>(cause);
    }
  }
}
