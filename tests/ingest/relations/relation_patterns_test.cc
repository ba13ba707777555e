// General sentence patterns for has_role, organizes_at and subsidiary_of, one
// sentence per pattern, and the look-alike sentences that must give no edge.
#include <doctest/doctest.h>

#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest::testing;

namespace {

// The role of the has_role edge person -> org, or "" when there is none.
std::string RoleOf(const DocumentFacts& f, const std::string& person, const std::string& org) {
  const lkg::EdgeFact* e = FindEdge(f, "has_role", person, org);
  if (e == nullptr) return "";
  const auto& role = e->edge.properties["role"];
  return role.is_string() ? role.get<std::string>() : "?";
}

bool Organizes(const std::string& text, const std::string& union_name, const std::string& company) {
  return FindEdge(Extract(text), "organizes_at", union_name, company) != nullptr;
}

bool Subsidiary(const std::string& text, const std::string& child, const std::string& parent) {
  return FindEdge(Extract(text), "subsidiary_of", child, parent) != nullptr;
}

const char kUnion[] = "Textile Workers Union";

}  // namespace

TEST_CASE("has_role: Y's president X") {
  CHECK(RoleOf(Extract("The Textile Workers Union's president Maria Gomez spoke to reporters."), "Maria Gomez",
               kUnion) == "president");
}

TEST_CASE("has_role: Y leader X") {
  CHECK(RoleOf(Extract("Textile Workers Union leader Maria Gomez was arrested in Honduras."), "Maria Gomez",
               kUnion) == "leader");
}

TEST_CASE("has_role: X, who heads Y / who has led Y") {
  CHECK(RoleOf(Extract("Maria Gomez, who heads the Textile Workers Union, spoke to reporters."), "Maria Gomez",
               kUnion) == "head");
  CHECK(RoleOf(Extract("Maria Gomez, who has led the Textile Workers Union since 2019, spoke."), "Maria Gomez",
               kUnion) == "leader");
}

TEST_CASE("has_role: title before the name, organisation after 'of'") {
  CHECK(RoleOf(Extract("The strike was called by general secretary Maria Gomez of the Textile Workers Union."),
               "Maria Gomez", kUnion) == "general secretary");
}

TEST_CASE("has_role: apposition with a qualifier after the role") {
  CHECK(RoleOf(Extract("Maria Gomez, the Textile Workers Union's regional secretary for Asia, spoke."),
               "Maria Gomez", kUnion) == "regional secretary");
}

TEST_CASE("has_role: 'the union' means the paragraph's union") {
  DocumentFacts a = Extract("The Textile Workers Union struck on Monday. Maria Gomez, the union's president, said "
                            "she was ready.");
  CHECK(RoleOf(a, "Maria Gomez", kUnion) == "president");
  DocumentFacts b = Extract("The Textile Workers Union struck on Monday. The strike was led by union president "
                            "Maria Gomez, who said she was ready.");
  CHECK(RoleOf(b, "Maria Gomez", kUnion) == "president");
  DocumentFacts c = Extract("The Textile Workers Union struck on Monday. Maria Gomez, president of the union, "
                            "said she was ready.");
  CHECK(RoleOf(c, "Maria Gomez", kUnion) == "president");
}

TEST_CASE("has_role: no role for plain membership or the company's officers") {
  CHECK(RoleOf(Extract("Maria Gomez, a member of the Textile Workers Union, spoke to reporters."), "Maria Gomez",
               kUnion) == "");
  CHECK(RoleOf(Extract("The Textile Workers Union struck on Monday. John Smith, the company's president, said "
                       "he regretted it."),
               "John Smith", kUnion) == "");
}

TEST_CASE("organizes_at: workers at Z represented by Y") {
  CHECK(Organizes("Workers at Acme Steel Corporation, represented by the Metal Workers Union, struck.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: Y members at Z") {
  CHECK(Organizes("Metal Workers Union members at Acme Steel Corporation walked out on Friday.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: Y, which represents workers at Z / Z's workers") {
  CHECK(Organizes("The Metal Workers Union, which represents workers at Acme Steel Corporation, struck.",
                  "Metal Workers Union", "Acme Steel Corporation"));
  CHECK(Organizes("The Metal Workers Union, which represents Acme Steel Corporation's 1,200 machine operators, "
                  "struck.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: a strike against Z, a dispute with Z") {
  CHECK(Organizes("The Metal Workers Union went on strike against Acme Steel Corporation in May.",
                  "Metal Workers Union", "Acme Steel Corporation"));
  CHECK(Organizes("The Metal Workers Union is in a pay dispute with Acme Steel Corporation.", "Metal Workers Union",
                  "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: talks between Y and Z; Y and Z signed an agreement") {
  CHECK(Organizes("Negotiations between the Metal Workers Union and Acme Steel Corporation broke down.",
                  "Metal Workers Union", "Acme Steel Corporation"));
  CHECK(Organizes("Acme Steel Corporation and the Metal Workers Union signed a three-year agreement.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: Z's union, Y; Z workers voted to unionize with Y") {
  CHECK(Organizes("Acme Steel Corporation's engineers' union, the Metal Workers Union, called a strike.",
                  "Metal Workers Union", "Acme Steel Corporation"));
  CHECK(Organizes("Workers at Acme Steel Corporation voted to unionize with the Metal Workers Union.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: no edge when the union only speaks or a federation is named") {
  CHECK_FALSE(Organizes("The Metal Workers Union said Acme Steel Corporation would close.", "Metal Workers Union",
                        "Acme Steel Corporation"));
  CHECK_FALSE(Organizes("The Metal Workers Union and Acme Steel Corporation are both based in Ohio.",
                        "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("subsidiary_of: Z, a subsidiary/unit/division of W") {
  CHECK(Subsidiary("Acme Steel Corporation, a unit of Globex Holdings, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK(Subsidiary("Acme Steel Corporation, a division of Globex Holdings, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK(Subsidiary("Acme Steel Corporation, majority-owned by Globex Holdings, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
}

TEST_CASE("subsidiary_of: Z, belonging to W; W, the owner/parent company of Z; W's subsidiaries include Z") {
  CHECK(Subsidiary("Acme Steel Corporation, which belongs to Globex Holdings, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK(Subsidiary("Globex Holdings, the owner of Acme Steel Corporation, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK(Subsidiary("Globex Holdings, the parent company of Acme Steel Corporation, cut jobs.",
                   "Acme Steel Corporation", "Globex Holdings"));
  CHECK(Subsidiary("Globex Holdings' subsidiaries include Acme Steel Corporation.", "Acme Steel Corporation",
                   "Globex Holdings"));
  // A former owner or a customer is no parent.
  CHECK_FALSE(Subsidiary("Globex Holdings, the former owner of Acme Steel Corporation, cut jobs.",
                         "Acme Steel Corporation", "Globex Holdings"));
  CHECK_FALSE(Subsidiary("Globex Holdings, a customer of Acme Steel Corporation, cut jobs.",
                         "Acme Steel Corporation", "Globex Holdings"));
}

TEST_CASE("subsidiary_of: Z's parent company W") {
  CHECK(Subsidiary("Acme Steel Corporation's parent company, Globex Holdings, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
}

TEST_CASE("subsidiary_of: W, which owns Z; W's acquisition of Z") {
  CHECK(Subsidiary("Globex Holdings, which owns Acme Steel Corporation, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK(Subsidiary("Globex Holdings' acquisition of Acme Steel Corporation closed in May.", "Acme Steel Corporation",
                   "Globex Holdings"));
}

TEST_CASE("subsidiary_of: W's Turkish subsidiary, Z") {
  DocumentFacts f = Extract("Globex Corporation's Turkish subsidiary, Acme Steel Corporation, cut jobs.");
  CHECK(FindEdge(f, "subsidiary_of", "Acme Steel Corporation", "Globex Corporation") != nullptr);
}

TEST_CASE("subsidiary_of: W-owned Z") {
  CHECK(Subsidiary("Globex Holdings cut jobs. Globex-owned Acme Steel Corporation closed a plant.",
                   "Acme Steel Corporation", "Globex Holdings"));
}

TEST_CASE("subsidiary_of: no edge between a company and the company it sues or supplies") {
  CHECK_FALSE(Subsidiary("Globex Holdings sued Acme Steel Corporation in May.", "Acme Steel Corporation",
                         "Globex Holdings"));
  CHECK_FALSE(Subsidiary("Globex Holdings said Acme Steel Corporation supplies it.", "Acme Steel Corporation",
                         "Globex Holdings"));
}

TEST_CASE("organizes_at: 'the local union of Z' means the article's union") {
  CHECK(Organizes("The Metal Workers Union held workshops. The first meeting was held with the local union of "
                  "mobile operator Acme Mobile Ltd in Bishkek.",
                  "Metal Workers Union", "Acme Mobile Ltd"));
  CHECK(Organizes("The Metal Workers Union held workshops. The meeting with union activists of Acme Steel "
                  "Corporation took place on 27 April.",
                  "Metal Workers Union", "Acme Steel Corporation"));
  CHECK_FALSE(Organizes("The Metal Workers Union held workshops. The branch of Acme Savings Bank closed in May.",
                        "Metal Workers Union", "Acme Savings Bank"));
}

TEST_CASE("has_role: a national union with 'International' in its name is no global federation") {
  DocumentFacts f = Extract("The United Food and Commercial Workers International Union filed charges. Michael "
                            "Fraser, the union's national director, said he was angry.");
  CHECK(RoleOf(f, "Michael Fraser", "United Food and Commercial Workers International Union") ==
        "national director");
}

TEST_CASE("organizes_at: an employer acting against members of Y") {
  CHECK(Organizes("Acme Steel Corporation dismissed 40 members of the Metal Workers Union in May.",
                  "Metal Workers Union", "Acme Steel Corporation"));
  CHECK(Organizes("The Metal Workers Union has organized Acme Steel Corporation's 900 employees.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("subsidiary_of: W and its subsidiary Z; W holds a majority stake in Z; Z, a W company") {
  CHECK(Subsidiary("Globex Holdings and its subsidiary Acme Steel Corporation cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK(Subsidiary("Globex Holdings holds a majority stake in Acme Steel Corporation.", "Acme Steel Corporation",
                   "Globex Holdings"));
  CHECK_FALSE(Subsidiary("Globex Holdings holds a small stake in Acme Steel Corporation.", "Acme Steel Corporation",
                         "Globex Holdings"));
  CHECK(Subsidiary("Acme Steel Corporation, a Globex Holdings company, cut jobs.", "Acme Steel Corporation",
                   "Globex Holdings"));
}

TEST_CASE("organizes_at: 'the local union of Z' means the section's dominant union") {
  CHECK(Organizes("The Metal Workers Union held workshops. The Metal Workers Union also admitted the Geologists "
                  "Union.\n\nThe first meeting was held with the local union of mobile operator Acme Mobile Ltd.",
                  "Metal Workers Union", "Acme Mobile Ltd"));
  CHECK_FALSE(Organizes("The Metal Workers Union held workshops. The Geologists Union met.\n\nThe first meeting "
                        "was held with the local union of mobile operator Acme Mobile Ltd.",
                        "Metal Workers Union", "Acme Mobile Ltd"));
}

TEST_CASE("affiliated_with: a local is affiliated with the national union its name starts with") {
  DocumentFacts a = Extract("Bob Kinnear, president of Amalgamated Transit Union Local 113, said workers may strike.");
  CHECK(TypeOf(a, "Amalgamated Transit Union") == "union");
  CHECK(FindEdge(a, "affiliated_with", "Amalgamated Transit Union Local 113", "Amalgamated Transit Union") != nullptr);
  DocumentFacts b = Extract("Teamsters Local 952 went on strike in California.");
  CHECK(FindEdge(b, "affiliated_with", "Teamsters Local 952", "International Brotherhood of Teamsters") != nullptr);
  DocumentFacts c = Extract("The Transport Workers Union of America said its Transport Workers Union Local 100 struck.");
  CHECK(FindEdge(c, "affiliated_with", "Transport Workers Union Local 100", "Transport Workers Union of America") !=
        nullptr);
}

TEST_CASE("has_role: a distant 'its ROLE, P' means the sentence's first organisation only") {
  DocumentFacts a = Extract("The National Union of Journalists has described the strike as a great success and its "
                            "general secretary, Jeremy Dear, was delighted.");
  CHECK(RoleOf(a, "Jeremy Dear", "National Union of Journalists") == "general secretary");
  DocumentFacts b = Extract("Baugur Group has withdrawn from the Somerfield Ltd bid because of legal action against "
                            "some of its core employees including its CEO, Jon Jonsson.");
  CHECK(FindEdge(b, "has_role", "Jon Jonsson", "Somerfield Ltd") == nullptr);
}

TEST_CASE("has_role: a title before the name stops at punctuation") {
  DocumentFacts f = Extract("Leaders attended: * Secretary General Kofi Annan of the United Nations spoke first.");
  CHECK(RoleOf(f, "Kofi Annan", "United Nations") == "secretary general");
}

TEST_CASE("affiliated_with: a local named by an acronym links only to a union the gazetteer knows by it") {
  DocumentFacts a = Extract("Members of QXWU Local 12 went on strike in Ohio.");
  CHECK(FindNode(a, "QXWU") == nullptr);
  DocumentFacts b = Extract("Members of TWU Local 100 went on strike in New York.");
  CHECK(FindEdge(b, "affiliated_with", "TWU Local 100", "Transport Workers Union of America") != nullptr);
}

TEST_CASE("organizes_at: workers at Z, members of IndustriALL affiliate Y") {
  CHECK(Organizes("Workers at Acme Steel Corporation, members of IndustriALL affiliate Metal Workers Union, struck.",
                  "Metal Workers Union", "Acme Steel Corporation"));
}

TEST_CASE("organizes_at: a public employer (transit authority, university) is organized like a company") {
  DocumentFacts f = Extract("Teamsters Local 952, which represents the Orange County Transportation Authority's "
                            "1,200 coach operators, went on strike.");
  CHECK(FindEdge(f, "organizes_at", "Teamsters Local 952", "Orange County Transportation Authority") != nullptr);
  DocumentFacts g = Extract("The Metal Workers Union lodged a dispute with the National Labor Relations Board.");
  CHECK(FindEdge(g, "organizes_at", "Metal Workers Union", "National Labor Relations Board") == nullptr);
}

TEST_CASE("has_role: 'P, who is O's ROLE' and 'the ROLE for O, P'") {
  CHECK(RoleOf(Extract("Maria Gomez, who is the Textile Workers Union's general secretary, spoke."), "Maria Gomez",
               kUnion) == "general secretary");
  CHECK(RoleOf(Extract("The board chairperson for the Textile Workers Union, Maria Gomez, spoke."), "Maria Gomez",
               kUnion) == "board chairperson");
  CHECK(RoleOf(Extract("Maria Gomez thanked the Textile Workers Union's president."), "Maria Gomez", kUnion) == "");
}
