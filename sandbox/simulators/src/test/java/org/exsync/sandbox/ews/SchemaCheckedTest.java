package org.exsync.sandbox.ews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;

/**
 * Base of the tests that drive the simulator with ews-java-api: each runs on its own fixture, and
 * afterwards every response was schema-valid and no request ews-java-api sent was rejected.
 */
abstract class SchemaCheckedTest {

  protected final EwsFixture fixture = new EwsFixture();

  @AfterEach
  void everyExchangeWasSchemaValid() {
    fixture.close();
    assertThat(fixture.responses.problems()).isEmpty();
    assertThat(fixture.simulator.counters().get("schema.invalidRequests")).isZero();
  }
}
