// Sentence-level entity recognition: one case per pattern and per fixed false positive.
#include <doctest/doctest.h>

#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

TEST_CASE("entities: unions by national naming styles") {
  CHECK(TypeOf(Extract("Workers joined the Korean Metal Workers' Union last year."), "Korean Metal Workers' Union") == "union");
  CHECK(TypeOf(Extract("The strike was called by the Sindicato de Trabajadores Mineros in Chile."),
               "Sindicato de Trabajadores Mineros") == "union");
  CHECK(TypeOf(Extract("Members of Öz Çelik-İş walked out on Monday."), "Öz Çelik-İş") == "union");
  CHECK(TypeOf(Extract("Drivers of Teamsters Local 705 voted to strike."), "Teamsters Local 705") == "union");
  CHECK(TypeOf(Extract("The Confederation of Free Workers of Ruritania protested."),
               "Confederation of Free Workers of Ruritania") == "union");
  CHECK(TypeOf(Extract("The decision was welcomed by the Trade Union of Geologists."), "Trade Union of Geologists") == "union");
}

TEST_CASE("entities: global union federations and predecessors are unions under one name") {
  DocumentFacts f = Extract("IndustriALL and the ITUC condemned the arrests. The IMF and ICEM merged.");
  CHECK(TypeOf(f, "IndustriALL Global Union") == "union");
  CHECK(HasAlias(f, "IndustriALL Global Union", "IndustriALL"));
  CHECK(TypeOf(f, "International Trade Union Confederation") == "union");
  CHECK(TypeOf(f, "International Metalworkers' Federation") == "union");
  CHECK(TypeOf(f, "ICEM") == "union");
}

TEST_CASE("entities: not unions") {
  DocumentFacts f = Extract("Leaders of the European Union met in Brussels. Ministers of the Soviet Union left.");
  CHECK(TypeOf(f, "European Union") == "organization");
  CHECK(TypeOf(f, "Soviet Union") != "union");
  CHECK(FindNode(Extract("Union leader John Smith spoke first."), "Union") == nullptr);
  CHECK(FindNode(Extract("Global Union Labour Film Shorts 2011 is out."), "Global Union Labour Film Shorts") == nullptr);
}

TEST_CASE("entities: companies by legal form, head word, enterprise and context") {
  CHECK(TypeOf(Extract("The union met staff of Sky Mobile Ltd in Bishkek."), "Sky Mobile Ltd") == "company");
  CHECK(TypeOf(Extract("Workers at Kara-Balta Ore Mining Combine were idle."), "Kara-Balta Ore Mining Combine") == "company");
  CHECK(TypeOf(Extract("The meeting with miners of the Altynken gold mine took place."), "Altynken gold mine") == "company");
  CHECK(TypeOf(Extract("The union struck at Zhongda, a Chinese-owned oil company."), "Zhongda") == "company");
  CHECK(TypeOf(Extract("They met the national oil company SOCAR yesterday."), "SOCAR") == "company");
  CHECK(TypeOf(Extract("Twelve Foxconn workers remain in prison."), "Foxconn") == "company");
}

TEST_CASE("entities: countries by name, possessive and state adjective") {
  DocumentFacts f = Extract("Japan's unions protested. The Korean government refused. A French-based company left.");
  CHECK(TypeOf(f, "Japan") == "country");
  CHECK(TypeOf(f, "South Korea") == "country");
  CHECK(TypeOf(f, "France") == "country");
  DocumentFacts g = Extract("The Dutch embassy issued a statement.");
  CHECK(TypeOf(g, "Netherlands") == "country");
}

TEST_CASE("entities: a nationality adjective for people is no country") {
  DocumentFacts f = Extract("Korean workers and Kyrgyz miners joined the march.");
  CHECK(FindNode(f, "South Korea") == nullptr);
  CHECK(FindNode(f, "Kyrgyzstan") == nullptr);
}

TEST_CASE("entities: a hyphen compound adds no alias to the country") {
  DocumentFacts f = Extract("The union struck at Zhongda, a Chinese-owned oil company.");
  REQUIRE(FindNode(f, "China") != nullptr);
  CHECK_FALSE(HasAlias(f, "China", "Chinese-owned"));
}

TEST_CASE("entities: persons by role, title, speech and first name") {
  CHECK(TypeOf(Extract("Union leader Eldar Tadjibaev was arrested."), "Eldar Tadjibaev") == "person");
  CHECK(TypeOf(Extract("\"We will win,\" said Maria Gonzalez."), "Maria Gonzalez") == "person");
  CHECK(TypeOf(Extract("President Lukashenka signed the decree."), "Lukashenka") == "person");
  CHECK(TypeOf(Extract("Vadim Borisov, IndustriALL regional secretary, spoke."), "Vadim Borisov") == "person");
  CHECK(FindNode(Extract("The Just Transition in Central Asia was discussed."), "Just Transition") == nullptr);
}

TEST_CASE("entities: organizations by head word and gazetteer") {
  CHECK(TypeOf(Extract("The Supreme Court of Korea ruled on Friday."), "Supreme Court of Korea") == "organization");
  CHECK(TypeOf(Extract("A complaint was filed at the ILO."), "ILO") == "organization");
  CHECK(TypeOf(Extract("The Ministry of Labour refused to comment."), "Ministry of Labour") == "organization");
  CHECK(TypeOf(Extract("The employers' body, the Federation of Korean Industries, objected."),
               "Federation of Korean Industries") == "organization");
  // A federation's office or congress is the federation itself.
  DocumentFacts f = Extract("The IMF Regional Office opened in Moscow for the metalworkers of the CIS.");
  CHECK(FindNode(f, "IMF Regional Office") == nullptr);
  CHECK(TypeOf(f, "IMF") == "union");
}

TEST_CASE("entities: acronyms, short forms and surnames resolve within the article") {
  DocumentFacts f = Extract(
      "Eldar Tadjibaev leads the Mining and Metallurgy Trade Union of Kyrgyzstan (MMTUK). "
      "MMTUK signed a deal with VimpelCom Ltd. Tadjibaev said VimpelCom agreed.");
  const NodeFact* u = FindNode(f, "Mining and Metallurgy Trade Union of Kyrgyzstan");
  REQUIRE(u != nullptr);
  CHECK(HasAlias(f, "Mining and Metallurgy Trade Union of Kyrgyzstan", "MMTUK"));
  CHECK(u->node.properties["mentions"] == 2);
  CHECK(FindNode(f, "Eldar Tadjibaev")->node.properties["mentions"] == 2);
  CHECK(HasAlias(f, "Eldar Tadjibaev", "Tadjibaev"));
  CHECK(HasAlias(f, "VimpelCom Ltd", "VimpelCom"));
  int unions = 0;
  for (const auto& n : f.nodes) unions += n.node.type == lkg::NodeType::kUnion;
  CHECK(unions == 1);
}

TEST_CASE("entities: every node carries evidence with span, sentence, rule and confidence") {
  std::string text = "Vadim Borisov, IndustriALL regional secretary, visited Kyrgyzstan.";
  DocumentFacts f = Extract(text);
  REQUIRE_FALSE(f.nodes.empty());
  for (const auto& n : f.nodes) {
    REQUIRE_FALSE(n.evidence.empty());
    const lkg::Evidence& e = n.evidence[0];
    CHECK(e.end > e.start);
    CHECK(e.sentence == text);
    CHECK(e.extractor.rfind("rule:", 0) == 0);
    CHECK(e.confidence > 0.0);
    CHECK(e.confidence <= 1.0);
  }
  const NodeFact* p = FindNode(f, "Vadim Borisov");
  REQUIRE(p != nullptr);
  CHECK(text.substr(p->evidence[0].start, p->evidence[0].end - p->evidence[0].start) == "Vadim Borisov");
}

TEST_CASE("entities: union names with commas, and gazetteer names across commas") {
  DocumentFacts f = Extract("RWDSU president Stuart Appelbaum spoke for the Retail, Wholesale and Department Store Union (RWDSU).");
  CHECK(TypeOf(f, "Retail, Wholesale and Department Store Union") == "union");
  CHECK(HasAlias(f, "Retail, Wholesale and Department Store Union", "RWDSU"));
  DocumentFacts g = Extract("Members of the National Union of Rail, Maritime and Transport Workers struck.");
  CHECK(TypeOf(g, "National Union of Rail, Maritime and Transport Workers") == "union");
}

TEST_CASE("entities: place names are not countries or people (fixed false positives)") {
  DocumentFacts f = Extract("Workers protested at the warehouse in Staten Island on Monday.");
  CHECK(FindNode(f, "Iceland") == nullptr);
  DocumentFacts g = Extract("Commuters in the Greater Toronto Area waited while Transport for London closed stations.");
  CHECK(FindNode(g, "Greater Toronto Area") == nullptr);
  CHECK(TypeOf(g, "Transport for London") != "person");
}

TEST_CASE("entities: a surname alone folds into the full name, even when it comes first") {
  DocumentFacts f = Extract("Mr Chomsky spoke first. Later Noam Chomsky said he would return. Chomsky left.");
  const NodeFact* n = FindNode(f, "Noam Chomsky");
  REQUIRE(n != nullptr);
  CHECK(HasAlias(f, "Noam Chomsky", "Chomsky"));
  int persons = 0;
  for (const auto& x : f.nodes) persons += x.node.type == lkg::NodeType::kPerson;
  CHECK(persons == 1);
}

TEST_CASE("entities: an age apposition marks a person, not a company") {
  DocumentFacts f = Extract("Police fired on the workers, killing Anjuara Khatun, a 23-year-old machine operator.");
  CHECK(TypeOf(f, "Anjuara Khatun") == "person");
}

TEST_CASE("entities: a lone acronym joined by 'and' to a name is not part of that name") {
  DocumentFacts f = Extract("The contract between the MTA and TWU Local 100 expired in December.");
  CHECK(FindNode(f, "MTA and TWU Local 100") == nullptr);
  CHECK(TypeOf(f, "TWU Local 100") == "union");
}
