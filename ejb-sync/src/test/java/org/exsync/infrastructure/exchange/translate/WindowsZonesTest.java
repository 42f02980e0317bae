package org.exsync.infrastructure.exchange.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WindowsZonesTest {

  private final WindowsZones zones = WindowsZones.cldr();

  @Test
  void windowsIds_mapToTheirTerritoryFreeZone() {
    assertThat(zones.toZone("W. Europe Standard Time")).contains(ZoneId.of("Europe/Berlin"));
    assertThat(zones.toZone("Pacific Standard Time")).contains(ZoneId.of("America/Los_Angeles"));
    assertThat(zones.toZone("AUS Eastern Standard Time")).contains(ZoneId.of("Australia/Sydney"));
    assertThat(zones.toZone("No Such Standard Time")).isEmpty();
    assertThat(zones.toZone(null)).isEmpty();
  }

  @Test
  void ianaZonesOfEveryTerritory_mapToTheirWindowsId() {
    assertThat(zones.toWindows(ZoneId.of("Europe/Oslo"))).contains("W. Europe Standard Time");
    assertThat(zones.toWindows(ZoneId.of("America/Toronto"))).contains("Eastern Standard Time");
    assertThat(zones.toWindows(ZoneId.of("Asia/Calcutta"))).contains("India Standard Time");
    assertThat(zones.toWindows(ZoneId.of("Etc/UTC"))).contains("UTC");
  }

  @Test
  void aNewNameOfAnOldZone_mapsByItsRules() {
    assertThat(zones.toWindows(ZoneId.of("Europe/Kyiv"))).contains("FLE Standard Time");
    assertThat(zones.toWindows(ZoneId.of("Asia/Kolkata"))).contains("India Standard Time");
    assertThat(zones.toWindows(ZoneId.of("UTC"))).contains("UTC");
  }

  @Test
  void everyWindowsIdCldrKnows_comesBackToItselfThroughItsZone() {
    for (String windows :
        java.util.List.of(
            "Tokyo Standard Time",
            "New Zealand Standard Time",
            "E. South America Standard Time",
            "GMT Standard Time",
            "Romance Standard Time",
            "Central Standard Time")) {
      ZoneId zone = zones.toZone(windows).orElseThrow();
      assertThat(zones.toWindows(zone)).as(windows).contains(windows);
    }
  }
}
