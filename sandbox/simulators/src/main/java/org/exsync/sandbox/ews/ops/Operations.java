package org.exsync.sandbox.ews.ops;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The operations the simulator serves, by request element name. */
public final class Operations {

  private static final Map<String, Operation> BY_NAME =
      List.of(
              new GetFolder(),
              new FindFolder(),
              new CreateFolder(),
              new DeleteFolder(),
              new SyncFolderItems(),
              new FindItem(),
              new GetItem(),
              new CreateItem(),
              new UpdateItem(),
              new DeleteItem())
          .stream()
          .collect(Collectors.toUnmodifiableMap(Operation::name, Function.identity()));

  private Operations() {}

  public static Optional<Operation> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
