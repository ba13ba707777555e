#include "engine/name_normalizer.h"

#include <doctest/doctest.h>

#include "engine/ids.h"

namespace lkg {

TEST_CASE("NormalizeName folds case, accents and punctuation into one key") {
  CHECK(NormalizeName("Öz Çelik-İş") == "oz celik is");
  CHECK(NormalizeName("ÖZ ÇELIK IS") == "oz celik is");
  CHECK(NormalizeName("oz celik is") == "oz celik is");
  CHECK(NormalizeName("The Workers’ Union") == "workers union");
  CHECK(NormalizeName("  Mining   and Metallurgy  ") == "mining and metallurgy");
}

TEST_CASE("NormalizeName keeps different names apart") {
  CHECK(NormalizeName("Kyrgyzstan") != NormalizeName("Kazakhstan"));
  CHECK(NormalizeName("Other") == "other");
  CHECK(NormalizeName("Theatre") == "theatre");
}

TEST_CASE("NormalizeName is Unicode-correct for Cyrillic and Greek") {
  CHECK(NormalizeName("ПРОФСОЮЗ Горняков") == "профсоюз горняков");
  CHECK(NormalizeName("ΟΜΟΣΠΟΝΔΙΑ") == "ομοσπονδια");
  CHECK(NormalizeName("Ёлка") == NormalizeName("ёлка"));
}

TEST_CASE("NormalizeName drops invalid UTF-8 bytes instead of failing") {
  std::string bad = "Union\xff\xfe of X";
  CHECK(NormalizeName(bad) == "union of x");
  CHECK_FALSE(IsValidUtf8(bad));
  CHECK(IsValidUtf8("Öz Çelik-İş"));
}

TEST_CASE("ids are stable, typed and round-trip through their string form") {
  NodeKey a = EntityKey(NodeType::kUnion, "Öz Çelik-İş");
  CHECK(a == EntityKey(NodeType::kUnion, "oz celik is"));
  CHECK(a != EntityKey(NodeType::kCompany, "oz celik is"));
  CHECK(ParseNodeId(FormatNodeId(a)) == a);
  CHECK(FormatNodeId(0x12ab).size() == 18);
  CHECK_FALSE(ParseNodeId("e:0000000000000001").has_value());
  CHECK_FALSE(ParseNodeId("n:xyz").has_value());
  CHECK(EdgeKeyFor(1, EdgeType::kHasRole, 2) != EdgeKeyFor(2, EdgeType::kHasRole, 1));
}

}  // namespace lkg
