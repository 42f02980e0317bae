package org.exsync.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.exsync.domain.run.RunHour;
import org.junit.jupiter.api.Test;

class HourChartTest {

  private static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z");

  @Test
  void eachHour_becomesOneBar_labelledWithItsUtcHour() {
    List<RunHour> hours =
        List.of(new RunHour(NINE, 3, 40, 1), new RunHour(NINE.plusSeconds(3600), 0, 0, 0));

    JsonObject chart = parse(HourChart.of(hours, "Items synced", "#2563eb", RunHour::items));

    assertThat(chart.getString("type")).isEqualTo("bar");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("09:00", "10:00");
    JsonObject dataset = data.getJsonArray("datasets").getJsonObject(0);
    assertThat(dataset.getString("label")).isEqualTo("Items synced");
    assertThat(dataset.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::longValue))
        .containsExactly(40L, 0L);
  }

  @Test
  void theFigure_isChosenByTheCaller() {
    JsonObject chart =
        parse(
            HourChart.of(
                List.of(new RunHour(NINE, 3, 40, 2)), "Throttled", "#d97706", RunHour::throttled));

    assertThat(
            chart
                .getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getJsonNumber(0)
                .longValue())
        .isEqualTo(2);
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
