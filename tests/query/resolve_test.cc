// The node resolver: tiers, ranking, decisions and the messages of a miss
// and of an ambiguous name.
#include <doctest/doctest.h>

#include "query/resolve.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

struct Names {
  testing::MemoryReader reader;
  NodeKey teamsters, local, person, vimpelcom, kyrgyzstan, metal_union, metal_company;
  Names() {
    teamsters = reader.AddNode(NodeType::kUnion, "International Brotherhood of Teamsters");
    local = reader.AddNode(NodeType::kUnion, "Teamsters Local 952");
    person = reader.AddNode(NodeType::kPerson, "Eldar Tadjibaev");
    vimpelcom = reader.AddNode(NodeType::kCompany, "VimpelCom Ltd");
    kyrgyzstan = reader.AddNode(NodeType::kCountry, "Kyrgyzstan");
    metal_union = reader.AddNode(NodeType::kUnion, "Metal");
    metal_company = reader.AddNode(NodeType::kCompany, "Metal");
    reader.nodes()[teamsters].evidence_count = 20;
    reader.nodes()[local].evidence_count = 2;
    reader.nodes()[person].aliases = {"Tadjibaev"};
    reader.AddEdge(local, EdgeType::kAffiliatedWith, teamsters);
    reader.AddEdge(person, EdgeType::kLocatedIn, kyrgyzstan);
    NodeKey arrest = reader.AddNode(NodeType::kCase, "arrest of Eldar Tadjibaev");
    reader.nodes()[arrest].evidence_count = 10;
    reader.AddEdge(arrest, EdgeType::kVictim, person);
  }
};

// The node `text` resolves to (the test stops when it resolves to none).
NodeKey Resolved(const GraphReader& reader, std::string_view text) {
  Result<NodeKey> key = ResolveNode(reader, text);
  REQUIRE_MESSAGE(key.ok(), key.status().message());
  return *key;
}

TEST_CASE("resolver: exact names and aliases come first") {
  Names n;
  Result<NodeLookup> by_name = LookupNode(n.reader, "eldar TADJIBAEV");
  REQUIRE(by_name.ok());
  REQUIRE(by_name->candidates.size() == 1);
  CHECK(by_name->decided);
  CHECK(by_name->candidates[0].tier == MatchTier::kName);
  CHECK(by_name->candidates[0].country == "Kyrgyzstan");
  Result<NodeLookup> country = LookupNode(n.reader, "Kyrgyzstan");
  REQUIRE(country.ok());
  CHECK(country->candidates.at(0).country == "");  // the person located in it is not its country
  Result<NodeLookup> by_alias = LookupNode(n.reader, "Tadjibaev");
  REQUIRE(by_alias.ok());
  CHECK(by_alias->candidates.at(0).tier == MatchTier::kAlias);
  CHECK(Resolved(n.reader, FormatNodeId(n.vimpelcom)) == n.vimpelcom);
}

TEST_CASE("resolver: other spellings, Cyrillic and words of a longer name") {
  Names n;
  CHECK(Resolved(n.reader, "Tadzhibaev") == n.person);
  CHECK(Resolved(n.reader, "Эльдар Таджибаев") == n.person);
  Result<NodeLookup> variant = LookupNode(n.reader, "Eldar Tajibayev");
  REQUIRE(variant.ok());
  CHECK(variant->candidates.at(0).tier == MatchTier::kSpelling);
  CHECK(Resolved(n.reader, "VimpelCom") == n.vimpelcom);
  // "Teamsters" is a word of both unions; the national one has far more evidence and degree.
  Result<NodeLookup> teamsters = LookupNode(n.reader, "teamsters");
  REQUIRE(teamsters.ok());
  CHECK(teamsters->decided);
  CHECK(teamsters->candidates.at(0).key == n.teamsters);
  CHECK(teamsters->candidates.at(1).key == n.local);
  CHECK(teamsters->candidates.at(1).tier == MatchTier::kWords);
}

TEST_CASE("resolver: an ambiguous name lists the candidates with type, country and counts") {
  Names n;
  Result<NodeKey> metal = ResolveNode(n.reader, "metal");
  REQUIRE(!metal.ok());
  CHECK(metal.status().code() == StatusCode::kInvalidArgument);
  const std::string& message = metal.status().message();
  CHECK(message.find("'metal' could name several nodes; did you mean one of these? (give the id)") == 0);
  CHECK(message.find(FormatNodeId(n.metal_union) + "  union  Metal  evidence 1, degree 0") != std::string::npos);
  CHECK(message.find(FormatNodeId(n.metal_company) + "  company  Metal  evidence 1, degree 0") != std::string::npos);
  // The case's name holds "Eldar" too, with more evidence; an entity comes first.
  CHECK(Resolved(n.reader, "Eldar") == n.person);
}

TEST_CASE("resolver: a miss says so, with near misses as did-you-mean") {
  Names n;
  Result<NodeKey> none = ResolveNode(n.reader, "Nobody");
  REQUIRE(!none.ok());
  CHECK(none.status().code() == StatusCode::kNotFound);
  CHECK(none.status().message() == "no node named 'Nobody'");
  Result<NodeLookup> typo = LookupNode(n.reader, "Kyrgyztan");
  REQUIRE(typo.ok());
  CHECK(!typo->decided);
  REQUIRE(typo->candidates.size() == 1);
  CHECK(typo->candidates[0].tier == MatchTier::kNear);
  Result<NodeKey> near = ResolveNode(n.reader, "Kyrgyztan");
  REQUIRE(!near.ok());
  CHECK(near.status().code() == StatusCode::kNotFound);
  CHECK(near.status().message().find("no node named 'Kyrgyztan'; did you mean one of these?\n  " +
                                     FormatNodeId(n.kyrgyzstan) + "  country  Kyrgyzstan") == 0);
}

TEST_CASE("resolver: bad input and unknown ids") {
  Names n;
  CHECK(LookupNode(n.reader, "\xff").status().message() == "the node name is not valid UTF-8");
  CHECK(LookupNode(n.reader, "--").status().message() == "'--' has no letters or digits to look up");
  Result<NodeLookup> id = LookupNode(n.reader, "n:00000000000000ff");
  CHECK(id.status().code() == StatusCode::kNotFound);
  CHECK(id.status().message() == "no node with id 'n:00000000000000ff'");
  CHECK(ResolveExactNode(n.reader, "metal").status().message().find("'metal' names 2 nodes; use an id:") == 0);
  CHECK(ResolveExactNode(n.reader, "Tadzhibaev").status().message() == "no node named 'Tadzhibaev'");
}

}  // namespace
}  // namespace lkg::query
