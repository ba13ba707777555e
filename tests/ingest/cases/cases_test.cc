// Violation cases: each kind, dates against the article date, one event once.
#include <doctest/doctest.h>

#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

TEST_CASE("cases: arrest with date resolved against the article date") {
  DocumentFacts f = Extract(
      "Union leader Eldar Tadjibaev, chair of the Mining and Metallurgy Trade Union of Kyrgyzstan (MMTUK), was "
      "arrested together with several other union leaders on 6 December in Kyrgyzstan.",
      "2023-12-11");
  auto cases = Cases(f, "arrest");
  REQUIRE(cases.size() == 1);
  CHECK(DateOf(cases[0]) == "2023-12-06");
  CHECK(CaseInvolves(f, "arrest", "Eldar Tadjibaev"));
  CHECK(CaseInvolves(f, "arrest", "Kyrgyzstan"));
  CHECK(cases[0]->node.properties["country"] == "Kyrgyzstan");
  CHECK(cases[0]->node.properties["summary"].get<std::string>().find("arrested") != std::string::npos);
}

TEST_CASE("cases: one event twice is one case") {
  DocumentFacts f = Extract(
      "Police arrested Kim Chang Keun of the Korean Metal Workers' Union in South Korea on 3 June 2002. "
      "The arrest of Kim Chang Keun was condemned by unions.");
  CHECK(Cases(f, "arrest").size() == 1);
}

TEST_CASE("cases: each kind from its trigger") {
  struct Row { const char* kind; const char* text; const char* party; };
  const Row rows[] = {
      {"arrest", "Police arrested John Miller of the Transport Workers Union in Kenya.", "John Miller"},
      {"detention", "Security forces detained Ana Lopez, a leader of the Garment Workers Union, in Honduras.", "Ana Lopez"},
      {"imprisonment", "A court sentenced Mikhail Petrov of the Free Miners Union to four years in Belarus.", "Mikhail Petrov"},
      {"dismissal", "Acme Textiles Ltd dismissed Maria Gomez after she joined the Textile Workers Union.", "Maria Gomez"},
      {"union_busting", "The government dissolved the Independent Miners Union of Belarus in Belarus.", "Independent Miners Union of Belarus"},
      {"refusal_to_bargain", "Globex Holdings refused to negotiate with the Dock Workers Union in Chile.", "Dock Workers Union"},
      {"violence", "Guards attacked David Okoro, an organizer of the Plantation Workers Union, in Nigeria.", "David Okoro"},
      {"death", "Unionist Carlos Mendez of the Banana Workers Union was killed in Colombia.", "Carlos Mendez"},
      {"court_ruling", "The Supreme Court of Korea ruled that Hyundai Motor Company must hire the Metal Workers Union members.", "Supreme Court of Korea"},
      {"strike_ban", "The government banned the strike of the Oil Workers Union in Kuwait.", "Oil Workers Union"},
      {"legislation", "Parliament adopted a law restricting the Federation of Trade Unions of Kazakhstan in Kazakhstan.", "Kazakhstan"},
      {"other", "Union leader Peter Banda of the Mine Workers Union received death threats in Zambia.", "Peter Banda"},
  };
  for (const Row& r : rows) {
    std::string text = r.text;
    CAPTURE(text);
    DocumentFacts f = Extract(r.text);
    CHECK(CaseInvolves(f, r.kind, r.party));
  }
}

TEST_CASE("cases: death threats are 'other', not 'death'") {
  DocumentFacts f = Extract("Union leader Peter Banda of the Mine Workers Union received death threats in Zambia.");
  CHECK(Cases(f, "death").empty());
  CHECK(Cases(f, "other").size() == 1);
}

TEST_CASE("cases: a federation speaking about a case is not its victim") {
  DocumentFacts f = Extract("The ITUC condemned the arrest of Maria Gonzalez in Colombia.");
  CHECK(CaseInvolves(f, "arrest", "Maria Gonzalez"));
  CHECK_FALSE(CaseInvolves(f, "arrest", "ITUC"));
}

TEST_CASE("cases: no case without a participant") {
  CHECK(Cases(Extract("Many people were arrested somewhere.")).empty());
}
