package org.exsync.admin.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;
import org.exsync.domain.run.RunHour;

/**
 * A bar chart of one figure per hour, as the JSON configuration that PrimeFaces' own p:chart hands
 * to the Chart.js it bundles: the hours (UTC) along the bottom, whole numbers up the side.
 */
final class HourChart {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:00").withZone(ZoneOffset.UTC);

  private HourChart() {}

  static String of(
      List<RunHour> hours, String label, String color, ToLongFunction<RunHour> figure) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (RunHour hour : hours) {
      labels.add(HOUR.format(hour.hour()));
      data.add(figure.applyAsLong(hour));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", data)
                                .add("backgroundColor", color))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false)))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }
}
