#include "ingest/names/union_names.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "engine/ids.h"
#include "engine/name_normalizer.h"
#include "ingest/names/employer_names.h"

namespace lkg::names {
namespace {

std::string Canonical(std::string_view raw) {
  auto n = ParseUnionName(raw);
  return n ? n->canonical : "<none>";
}

}  // namespace

TEST_CASE("Teamsters Local 705 in every spelling is one canonical union") {
  for (const char* raw : {"IBT Local 705", "Teamsters Local Union No. 705", "INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 705",
                          "IBT 705", "Teamsters Local 705, AFL-CIO", "INTERNATIONAL BROTHERHOOD OF TEAMSTERS LOCAL UNION NO. 0705"}) {
    CAPTURE(raw);
    CHECK(Canonical(raw) == "IBT Local 705");
  }
  auto n = ParseUnionName("Teamsters Local Union No. 705");
  REQUIRE(n);
  REQUIRE(n->affiliation != nullptr);
  CHECK(n->affiliation->abbr == "IBT");
  CHECK(n->number == "705");
  CHECK_FALSE(n->is_national);
}

TEST_CASE("UFCW Local 7 spellings, leading zeros and the ampersand resolve together") {
  for (const char* raw : {"UFCW LOCAL 0007", "United Food & Commercial Workers Local 7", "UFCW Local 7",
                          "UNITED FOOD AND COMMERCIAL WORKERS INTERNATIONAL UNION, LOCAL NO. 7", "UFCW 7"}) {
    CAPTURE(raw);
    CHECK(Canonical(raw) == "UFCW Local 7");
  }
  CHECK(Canonical("UFCW Local 86D") == "UFCW Local 86D");
  CHECK(Canonical("UFCW Local 7") != Canonical("UFCW Local 77"));
}

TEST_CASE("Locals carry aliases that an article's spelling finds") {
  auto n = ParseUnionName("INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 705");
  REQUIRE(n);
  std::vector<std::string> norm;
  for (const auto& a : n->aliases) norm.push_back(NormalizeName(a));
  auto has = [&](const char* s) { return std::find(norm.begin(), norm.end(), NormalizeName(s)) != norm.end(); };
  CHECK(has("Teamsters Local 705"));
  CHECK(has("International Brotherhood of Teamsters Local 705"));
  CHECK(has("INTERNATIONAL BROTHERHOOD OF TEAMSTERS, LOCAL 705"));
}

TEST_CASE("A national union alone is the national node; lodges and councils keep their unit") {
  auto seiu = ParseUnionName("SERVICE EMPLOYEES INTERNATIONAL UNION, AFL-CIO, CLC");
  REQUIRE(seiu);
  CHECK(seiu->is_national);
  CHECK(seiu->canonical == "Service Employees International Union");
  CHECK(Canonical("IAM LODGE 761, DIST 137") == "IAM Lodge 761");
  CHECK(Canonical("International Association of Machinists District Lodge 837") == "IAM District Lodge 837");
  CHECK(Canonical("1199 SERVICE EMPLOYEES INTERNATIONAL UNION, UNITED HEALTHCARE WORKERS EAST") == "SEIU Local 1199");
  CHECK(Canonical("USA 13058") == "USW Local 13058");
}

TEST_CASE("A named union affiliated with a national keeps its own name") {
  auto n = ParseUnionName("MASSACHUSETTS NURSES ASSOCIATION, A/W NATIONAL NURSES UNITED");
  REQUIRE(n);
  CHECK(n->canonical == "Massachusetts Nurses Association");
  REQUIRE(n->affiliation != nullptr);
  CHECK(n->affiliation->abbr == "NNU");
  CHECK(Canonical("Amazon Labor Union") == "Amazon Labor Union");
  CHECK_FALSE(ParseUnionName(" / ").has_value());
}

TEST_CASE("Weak abbreviations do not fire inside ordinary names") {
  auto n = ParseUnionName("Staff Organization of the USA Region");
  REQUIRE(n);
  CHECK(n->affiliation == nullptr);
  CHECK(Canonical("USA 4016") == "USW Local 4016");
}

TEST_CASE("The recogniser separates unions from employers, firms and addresses") {
  CHECK(LooksLikeUnion("CEMENT MASONS LOCAL 538"));
  CHECK(LooksLikeUnion("Columbus Metal Trades Council"));
  CHECK(LooksLikeUnion("SEIU Healthcare Pennsylvania"));
  CHECK(LooksLikeUnion("Think Coffee Independent Union"));
  CHECK_FALSE(LooksLikeUnion("ABM JANITORIAL SERVICES INC"));
  CHECK_FALSE(LooksLikeUnion("BLITMAN & KING LLP"));
  CHECK_FALSE(LooksLikeUnion("301 PHEBE COURT"));
  CHECK_FALSE(LooksLikeUnion("/"));
}

TEST_CASE("Employer names lose their legal form and keep d/b/a names as aliases") {
  CHECK(LegalFormCount() > 1000);
  CHECK(ParseEmployerName("Purity Services, Inc.").canonical == "Purity Services");
  CHECK(ParseEmployerName("PURITY SERVICES INC").canonical == "Purity Services");
  CHECK(EmployerKeyName("Wal-Mart Stores, Inc.") == EmployerKeyName("WAL-MART STORES"));
  CHECK(ParseEmployerName("Siemens AG").canonical == "Siemens");
  CHECK(ParseEmployerName("ACME Widgets Co., LLC").canonical == "ACME Widgets");
  auto dba = ParseEmployerName("Wakefield Healthcare LLC d/b/a Wakefield Care and Rehabilitation");
  CHECK(dba.canonical == "Wakefield Healthcare");
  CHECK(std::find(dba.aliases.begin(), dba.aliases.end(), "Wakefield Care and Rehabilitation") != dba.aliases.end());
  CHECK(ParseEmployerName("Company").canonical == "Company");  // never stripped to nothing
  CHECK(ParseEmployerName("  ").canonical.empty());
  CHECK(EntityKey(NodeType::kCompany, ParseEmployerName("Amazon.com Services LLC").canonical) ==
        EntityKey(NodeType::kCompany, "Amazon.com Services"));
}

TEST_CASE("DisplayName title-cases capitals and keeps known abbreviations") {
  CHECK(DisplayName("WORCESTER TELEGRAM & GAZETTE") == "Worcester Telegram & Gazette");
  CHECK(DisplayName("Snap-On Tools") == "Snap-On Tools");
  CHECK(DisplayName("SEIU LOCAL 509") == "SEIU Local 509");
  CHECK(TruncateUtf8("Çelik", 1).empty());
  CHECK(TruncateUtf8("Çelik", 2) == "Ç");
}

}  // namespace lkg::names
