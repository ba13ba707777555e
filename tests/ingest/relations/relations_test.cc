// Sentence-level relation patterns.
#include <doctest/doctest.h>

#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

TEST_CASE("relations: has_role by apposition, possessive and role-of") {
  DocumentFacts a = Extract("Vadim Borisov, IndustriALL regional secretary, facilitated the workshops.");
  const lkg::EdgeFact* e = FindEdge(a, "has_role", "Vadim Borisov", "IndustriALL Global Union");
  REQUIRE(e != nullptr);
  CHECK(e->edge.properties["role"] == "regional secretary");

  DocumentFacts b = Extract("Union leader Eldar Tadjibaev, chair of the Mining and Metallurgy Trade Union of Kyrgyzstan (MMTUK), was arrested.");
  e = FindEdge(b, "has_role", "Eldar Tadjibaev", "Mining and Metallurgy Trade Union of Kyrgyzstan");
  REQUIRE(e != nullptr);
  CHECK(e->edge.properties["role"] == "chair");

  DocumentFacts c = Extract("IndustriALL general secretary Atle Høie spoke.");
  e = FindEdge(c, "has_role", "Atle Høie", "IndustriALL Global Union");
  REQUIRE(e != nullptr);
  CHECK(e->edge.properties["role"] == "general secretary");

  DocumentFacts d = Extract("The president of the Korean Metal Workers' Union, Kim Chang Keun, was detained.");
  e = FindEdge(d, "has_role", "Kim Chang Keun", "Korean Metal Workers' Union");
  REQUIRE(e != nullptr);
  CHECK(e->edge.properties["role"] == "president");
}

TEST_CASE("relations: has_role through a local branch and an affiliate apposition") {
  DocumentFacts f = Extract(
      "The court judged illegal the dismissal of Zhanaydar Ahmetov, chairman of the local branch of IndustriALL "
      "affiliate, the Mining and Metallurgy Trade Union of Kyrgyzstan (MMTUK) at Zhongda, a Chinese-owned oil company.");
  CHECK(FindEdge(f, "has_role", "Zhanaydar Ahmetov", "Mining and Metallurgy Trade Union of Kyrgyzstan") != nullptr);
  CHECK(FindEdge(f, "affiliated_with", "Mining and Metallurgy Trade Union of Kyrgyzstan", "IndustriALL Global Union") != nullptr);
  CHECK(FindEdge(f, "organizes_at", "Mining and Metallurgy Trade Union of Kyrgyzstan", "Zhongda") != nullptr);
}

TEST_CASE("relations: affiliated_with both ways round") {
  DocumentFacts a = Extract("IndustriALL Global Union and its affiliate, the Mining and Metallurgy Trade Union of Kyrgyzstan (MMTUK), held workshops.");
  CHECK(FindEdge(a, "affiliated_with", "MMTUK", "IndustriALL Global Union") != nullptr);
  DocumentFacts b = Extract("The Korean Metal Workers' Union, an affiliate of the Korean Confederation of Trade Unions, struck.");
  CHECK(FindEdge(b, "affiliated_with", "Korean Metal Workers' Union", "Korean Confederation of Trade Unions") != nullptr);
  DocumentFacts c = Extract("The Miners Union of Kyrgyzstan (MMTUK) met. The MMTUK approved the affiliation request from the Trade Union of Geologists.");
  CHECK(FindEdge(c, "affiliated_with", "Trade Union of Geologists", "MMTUK") != nullptr);
}

TEST_CASE("relations: subsidiary_of") {
  DocumentFacts a = Extract("They met the local union of mobile operator Sky Mobile Ltd, subsidiary of VimpelCom Ltd, in Bishkek.");
  CHECK(FindEdge(a, "subsidiary_of", "Sky Mobile Ltd", "VimpelCom Ltd") != nullptr);
  DocumentFacts b = Extract("Acme Steel Corporation, owned by Globex Holdings, cut jobs.");
  CHECK(FindEdge(b, "subsidiary_of", "Acme Steel Corporation", "Globex Holdings") != nullptr);
}

TEST_CASE("relations: organizes_at") {
  DocumentFacts a = Extract("The workshop for the MMTUK local union at the Kara-Balta Ore Mining Combine was held on 26 April.");
  CHECK(FindEdge(a, "organizes_at", "MMTUK", "Kara-Balta Ore Mining Combine") != nullptr);
  DocumentFacts b = Extract("Zhongda Oil Company has finally recognized a local branch of the Miners' Union of Kyrgyzstan.");
  CHECK(FindEdge(b, "organizes_at", "Miners' Union of Kyrgyzstan", "Zhongda Oil Company") != nullptr);
}

TEST_CASE("relations: located_in from 'in', lists, possessives and -based") {
  DocumentFacts a = Extract("VimpelCom Ltd is a provider operating in Russia, Italy and Ukraine.");
  CHECK(FindEdge(a, "located_in", "VimpelCom Ltd", "Russia") != nullptr);
  CHECK(FindEdge(a, "located_in", "VimpelCom Ltd", "Italy") != nullptr);
  CHECK(FindEdge(a, "located_in", "VimpelCom Ltd", "Ukraine") != nullptr);
  DocumentFacts b = Extract("Workers struck at Hyundai Motor India Ltd in India.");
  CHECK(FindEdge(b, "located_in", "Hyundai Motor India Ltd", "India") != nullptr);
  DocumentFacts c = Extract("Japan's RENGO criticised the plan.");
  CHECK(FindEdge(c, "located_in", "Japanese Trade Union Confederation", "Japan") != nullptr);
  DocumentFacts d = Extract("A country inside a name is not a location: the Mining Trade Union of Kyrgyzstan met.");
  CHECK(FindEdge(d, "located_in", "Mining Trade Union of Kyrgyzstan", "Kyrgyzstan") == nullptr);
}

TEST_CASE("relations: has_role through 'its ROLE, P' after the organisation") {
  DocumentFacts f = Extract("The Trade Union Congress of Swaziland (TUCOSWA) reported that its secretary general, Mduduzi Gina, was charged.");
  const lkg::EdgeFact* e = FindEdge(f, "has_role", "Mduduzi Gina", "Trade Union Congress of Swaziland");
  REQUIRE(e != nullptr);
  CHECK(e->edge.properties["role"] == "secretary general");
}

TEST_CASE("relations: affiliate appositions and lists; federations organize at no company") {
  DocumentFacts f = Extract("Birlesik Metal-Is, an IndustriALL affiliate, organized workers at Zhongda, a Kyrgyz company. "
                            "IndustriALL affiliates KCTU, FKTU and the Miners Union met.");
  CHECK(FindEdge(f, "affiliated_with", "Birlesik Metal-Is", "IndustriALL Global Union") != nullptr);
  CHECK(FindEdge(f, "organizes_at", "Birlesik Metal-Is", "Zhongda") != nullptr);
  CHECK(FindEdge(f, "organizes_at", "IndustriALL Global Union", "Zhongda") == nullptr);
  CHECK(FindEdge(f, "located_in", "Zhongda", "Kyrgyzstan") != nullptr);
  CHECK(FindEdge(f, "affiliated_with", "KCTU", "IndustriALL Global Union") != nullptr);
  CHECK(FindEdge(f, "affiliated_with", "FKTU", "IndustriALL Global Union") != nullptr);
  CHECK(FindEdge(f, "affiliated_with", "Miners Union", "IndustriALL Global Union") != nullptr);
}

TEST_CASE("relations: a union named after its company organizes there") {
  DocumentFacts f = Extract("Workers at Hyundai Motor India formed the Hyundai Motor India Employees Union.");
  CHECK(FindEdge(f, "organizes_at", "Hyundai Motor India Employees Union", "Hyundai Motor India") != nullptr);
}
