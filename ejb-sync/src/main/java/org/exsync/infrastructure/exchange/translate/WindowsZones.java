package org.exsync.infrastructure.exchange.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Windows time zone ids, which EWS speaks, and IANA zones, which Exsync keeps, mapped by the
 * Unicode CLDR table {@code windowsZones.xml} (CLDR 41, Unicode license, shipped beside this class
 * unchanged). A Windows id maps to its "001" zone; an IANA zone to the Windows id of any territory
 * that lists it, or else to the one of a listed zone with the same rules (for new names of old
 * zones, such as Europe/Kyiv for Europe/Kiev).
 */
public final class WindowsZones {

  private static final WindowsZones CLDR = load();

  private final Map<String, ZoneId> golden;
  private final Map<String, String> windowsByZone;
  private final Map<String, Optional<String>> byRules = new ConcurrentHashMap<>();

  private WindowsZones(Map<String, ZoneId> golden, Map<String, String> windowsByZone) {
    this.golden = Map.copyOf(golden);
    this.windowsByZone = Map.copyOf(windowsByZone);
  }

  public static WindowsZones cldr() {
    return CLDR;
  }

  /** The IANA zone of a Windows id, or empty when CLDR does not know the id. */
  public Optional<ZoneId> toZone(String windowsId) {
    return windowsId == null ? Optional.empty() : Optional.ofNullable(golden.get(windowsId));
  }

  /** The Windows id of an IANA zone, or empty when no Windows zone keeps the same rules. */
  public Optional<String> toWindows(ZoneId zone) {
    String direct = windowsByZone.get(zone.getId());
    if (direct != null) {
      return Optional.of(direct);
    }
    return byRules.computeIfAbsent(zone.getId(), id -> sameRules(zone.getRules()));
  }

  private Optional<String> sameRules(ZoneRules rules) {
    return windowsByZone.entrySet().stream()
        .filter(e -> knownRules(e.getKey()).map(rules::equals).orElse(false))
        .map(Map.Entry::getValue)
        .sorted()
        .findFirst();
  }

  private static Optional<ZoneRules> knownRules(String ianaId) {
    try {
      return Optional.of(ZoneId.of(ianaId).getRules());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static WindowsZones load() {
    try (InputStream in = WindowsZones.class.getResourceAsStream("windowsZones.xml")) {
      if (in == null) {
        throw new IllegalStateException("windowsZones.xml is missing beside WindowsZones");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      NodeList zones = factory.newDocumentBuilder().parse(in).getElementsByTagName("mapZone");
      Map<String, ZoneId> golden = new HashMap<>();
      Map<String, String> windowsByZone = new HashMap<>();
      for (int i = 0; i < zones.getLength(); i++) {
        Element zone = (Element) zones.item(i);
        String windows = zone.getAttribute("other");
        String[] iana = zone.getAttribute("type").trim().split("\\s+");
        if ("001".equals(zone.getAttribute("territory"))) {
          golden.put(windows, ZoneId.of(iana[0]));
        }
        Arrays.stream(iana).forEach(id -> windowsByZone.putIfAbsent(id, windows));
      }
      return new WindowsZones(golden, windowsByZone);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("windowsZones.xml cannot be read", e);
    }
  }
}
