// Ambiguity and places (issue 11, item 6): acronyms by context, acronyms of
// countries only when the text defines them, places that are no countries,
// and the data files behind them. One case per error pattern seen in
// general economy news.
#include <doctest/doctest.h>

#include "ingest/entities/gazetteer.h"
#include "ingest/text/norm_key.h"
#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

namespace {

bool HasCountry(const DocumentFacts& f, const std::string& name) {
  for (const NodeFact& n : f.nodes) if (n.node.type == lkg::NodeType::kCountry && n.node.name == name) return true;
  return false;
}

}  // namespace

TEST_CASE("ambiguity: IMF in economy news is the International Monetary Fund") {
  DocumentFacts f = Extract("The IMF approved a loan to Hungary. The IMF said the deficit would shrink.");
  CHECK(TypeOf(f, "IMF") == "organization");
  CHECK(FindNode(f, "IMF")->node.name == "International Monetary Fund");
  CHECK(FindNode(f, "International Metalworkers' Federation") == nullptr);
}

TEST_CASE("ambiguity: IMF in an article about metalworkers is the International Metalworkers' Federation") {
  DocumentFacts f = Extract("The IMF and its affiliates called on metalworkers in Brazil to join the action.", "2009-05-01");
  CHECK(FindNode(f, "IMF")->node.name == "International Metalworkers' Federation");
  CHECK(TypeOf(f, "IMF") == "union");
}

TEST_CASE("ambiguity: an article that spells the federation out means it, even without context words") {
  DocumentFacts f = Extract("The International Metalworkers' Federation met in Geneva. The IMF elected a president.");
  CHECK(FindNode(f, "IMF")->node.name == "International Metalworkers' Federation");
}

TEST_CASE("ambiguity: after the 2012 merger into IndustriALL, metal words alone do not revive the federation") {
  DocumentFacts f = Extract("Steel prices fell. The IMF warned that metal exports would slow.", "2019-03-02");
  CHECK(FindNode(f, "IMF")->node.name == "International Monetary Fund");
}

TEST_CASE("ambiguity: every acronyms.tsv sense names a known entity and has context words") {
  const lkg::ingest::Gazetteer& g = lkg::ingest::Gazetteer::Get();
  const auto* senses = g.AcronymSenses(lkg::ingest::NormKey("IMF"));
  REQUIRE(senses != nullptr);
  REQUIRE(senses->size() == 2);
  CHECK((*senses)[0].entity->name == "International Monetary Fund");
  CHECK((*senses)[1].entity->name == "International Metalworkers' Federation");
  CHECK((*senses)[1].end_year == 2012);
  for (const auto& s : *senses) CHECK(!s.context.empty());
  CHECK(g.AcronymSenses(lkg::ingest::NormKey("ITUC")) == nullptr);
}

TEST_CASE("ambiguity: a country takes an acronym only when the text defines it so") {
  DocumentFacts prc = Extract("Trade with the People's Republic of China (PRC) grew. The PRC said so.");
  CHECK(HasCountry(prc, "China"));
  CHECK(!HasCountry(prc, "Taiwan"));
  CHECK(HasAlias(prc, "China", "PRC"));
  DocumentFacts dprk = Extract("Talks with the Democratic People's Republic of Korea (DPRK) stalled.");
  CHECK(HasCountry(dprk, "North Korea"));
  CHECK(!HasCountry(dprk, "South Korea"));
  DocumentFacts rbi = Extract("The Reserve Bank of India (RBI) raised rates. The RBI expects growth.");
  CHECK(!HasAlias(rbi, "India", "RBI"));
  CHECK(FindNode(rbi, "Reserve Bank of India") != nullptr);
  CHECK(HasAlias(rbi, "Reserve Bank of India", "RBI"));
  DocumentFacts bce = Extract("Shares of Bell Canada (BCE) rose in Toronto.");
  CHECK(!HasAlias(bce, "Canada", "BCE"));
}

TEST_CASE("places: US states are places, never countries") {
  DocumentFacts f = Extract("Workers in New Mexico and New Jersey rallied. Teachers in Ontario joined them.");
  CHECK(!HasCountry(f, "Mexico"));
  CHECK(!HasCountry(f, "Jersey"));
  CHECK(FindNode(f, "New Mexico") == nullptr);
  CHECK(FindNode(f, "Ontario") == nullptr);
  DocumentFacts georgia = Extract("Miners in Georgia went on strike in Tbilisi.");
  CHECK(HasCountry(georgia, "Georgia"));
  DocumentFacts mexico = Extract("Workers in Mexico went on strike.");
  CHECK(HasCountry(mexico, "Mexico"));
}

TEST_CASE("places: cities know their country; names that are countries stay countries") {
  const lkg::ingest::Gazetteer& g = lkg::ingest::Gazetteer::Get();
  CHECK(g.IsPlace(lkg::ingest::NormKey("Phnom Penh")));
  REQUIRE(g.CityCountry(lkg::ingest::NormKey("Bishkek")) != nullptr);
  CHECK(g.CityCountry(lkg::ingest::NormKey("Bishkek"))->name == "Kyrgyzstan");
  REQUIRE(g.CityCountry(lkg::ingest::NormKey("Brasília")) != nullptr);  // accents folded
  CHECK(g.CityCountry(lkg::ingest::NormKey("Brasília"))->name == "Brazil");
  CHECK(g.CityCountry(lkg::ingest::NormKey("Unison")) == nullptr);
  CHECK_FALSE(g.IsPlace(lkg::ingest::NormKey("Singapore")));  // a city that is a country stays a country
  DocumentFacts f = Extract("Dockers in Singapore and Kuwait struck.");
  CHECK(HasCountry(f, "Singapore"));
  CHECK(HasCountry(f, "Kuwait"));
}

TEST_CASE("ambiguity: names with 'Union' that are no unions, and agencies that are no unions") {
  DocumentFacts f = Extract("The president gave the State of the Union Address. Riders took the South Lake Union "
                            "Streetcar. The IEA and OPEC cut their oil forecasts.");
  for (const NodeFact& n : f.nodes) CHECK_MESSAGE(n.node.type != lkg::NodeType::kUnion, n.node.name);
}
