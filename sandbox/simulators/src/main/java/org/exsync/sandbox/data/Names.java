package org.exsync.sandbox.data;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Word lists for generated people, companies and diary text; deliberately not all ASCII. */
final class Names {

  static final List<String> FIRST =
      List.of(
          "Åse",
          "Bjørn",
          "Anders",
          "Sofie",
          "Jürgen",
          "Zoë",
          "François",
          "Łukasz",
          "Märta",
          "Ingrid",
          "Henrik",
          "Noor",
          "Sanne",
          "Pieter",
          "Chloé",
          "José",
          "Ólafur",
          "Eiríkur",
          "Mei",
          "Yuki",
          "Kari",
          "Ola",
          "Emma",
          "Lars",
          "Øystein",
          "Siri",
          "Ævar",
          "Dagný",
          "Thijs",
          "Anaïs");
  static final List<String> LAST =
      List.of(
          "Nordmann",
          "Østby",
          "Müller",
          "de Vries",
          "Dubois",
          "Kowalski",
          "Lindqvist",
          "Bakke",
          "Hansen",
          "Jansen",
          "García",
          "Ødegård",
          "Sæther",
          "van den Berg",
          "Þórsdóttir",
          "Tanaka",
          "Berg",
          "Haugen",
          "Novák",
          "Brønstad",
          "Çelik",
          "O'Brien",
          "Strøm",
          "Eriksen");
  static final List<String> COMPANY_WORDS =
      List.of(
          "Nordlys",
          "Fjord",
          "Bølgen",
          "Havn",
          "Polder",
          "Tulp",
          "Grünwald",
          "Sørlandet",
          "Vestland",
          "Alpen",
          "Delta",
          "Kystlinje",
          "Midtsommer",
          "Lysgård",
          "Ærø");
  static final List<String> COMPANY_KINDS =
      List.of("AS", "Consulting AS", "B.V.", "GmbH", "Partners", "Logistikk AS", "Group", "SA");
  static final List<String> MEETINGS =
      List.of(
          "Kundemøte",
          "Quarterly review",
          "Demo for",
          "Lunsj med",
          "Overleg met",
          "Workshop:",
          "Planning",
          "Oppfølging",
          "Kick-off",
          "Contract talk with",
          "Besøk hos",
          "Café ☕ with");
  static final List<String> TASKS =
      List.of(
          "Send tilbud til",
          "Call back",
          "Prepare proposal for",
          "Følg opp faktura for",
          "Update CRM notes on",
          "Bestill reise til",
          "Review contract with",
          "Offerte sturen naar");
  static final List<String> PLACES =
      List.of(
          "Møterom Fjorden",
          "Teams",
          "Oslo, Karl Johans gate 1",
          "Amsterdam Zuid",
          "Café Ærlig",
          "Room 4.12",
          "Bergen kontor",
          "Zürich HQ",
          "");
  static final List<String> CITIES =
      List.of("Oslo", "Bergen", "Trondheim", "Amsterdam", "Utrecht", "Köln", "Göteborg", "Tromsø");
  static final List<String> TITLES =
      List.of(
          "Daglig leder", "CFO", "Innkjøpssjef", "Sales manager", "Projectleider", "IT-sjef", "");

  private Names() {}

  static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  /** An e-mail local part from a name: lower case, accents and spaces removed. */
  static String mailPart(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String ascii =
        decomposed
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("æ", "ae")
            .replace("Æ", "Ae")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("ð", "d")
            .replace("þ", "th")
            .replace("Þ", "Th")
            .replaceAll("\\p{M}", "")
            .replaceAll("[^A-Za-z]", "");
    return ascii.toLowerCase(Locale.ROOT);
  }
}
