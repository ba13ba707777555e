// Multi-union strings become the unions they name, never a node of their own.
#include "ingest/names/union_list.h"

#include <doctest/doctest.h>

#include <algorithm>

namespace lkg::names {
namespace {

std::vector<std::string> Names(std::string_view raw) {
  std::vector<std::string> out;
  for (const UnionName& u : ParseUnionList(raw).unions) out.push_back(u.canonical);
  return out;
}

}  // namespace

TEST_CASE("A list of national unions is each national union") {
  UnionList list = ParseUnionList("USW IBB IAM IUOE IBEW IBT");
  CHECK(list.multi);
  CHECK(Names("USW IBB IAM IUOE IBEW IBT") ==
        std::vector<std::string>{"United Steelworkers", "International Brotherhood of Boilermakers",
                                 "International Association of Machinists and Aerospace Workers",
                                 "International Union of Operating Engineers",
                                 "International Brotherhood of Electrical Workers",
                                 "International Brotherhood of Teamsters"});
  for (const UnionName& u : list.unions) CHECK(u.is_national);
  CHECK(list.unparsed.empty());
}

TEST_CASE("MULTI strings keep the unions they name and report the rest") {
  UnionList list = ParseUnionList("Multi CJA, Iwa, & IBT");
  CHECK(list.multi);
  CHECK(Names("Multi CJA, Iwa, & IBT") ==
        std::vector<std::string>{"United Brotherhood of Carpenters and Joiners of America",
                                 "International Woodworkers of America", "International Brotherhood of Teamsters"});
  CHECK(list.unparsed.empty());
  UnionList unknown = ParseUnionList("Multi CJA, Xyzw, & IBT");
  CHECK(unknown.unions.size() == 2);
  CHECK(unknown.unparsed == std::vector<std::string>{"xyzw"});
  UnionList numbers = ParseUnionList("MULTI 265/337/1940/2650/1315");
  CHECK(numbers.multi);
  CHECK(numbers.unions.empty());  // numbers without an affiliation name no union
  CHECK(numbers.unparsed == std::vector<std::string>{"265", "337", "1940", "2650", "1315"});
  CHECK(ParseUnionList("MULTI").multi);
  CHECK(ParseUnionList("MULTI").unions.empty());
  CHECK(Names("MULTI LIUNA 659,IUOE 234,IBT 421") ==
        std::vector<std::string>{"LIUNA Local 659", "IUOE Local 234", "IBT Local 421"});
}

TEST_CASE("Several locals of one union are each local") {
  CHECK(Names("IBT 198 & 222") == std::vector<std::string>{"IBT Local 198", "IBT Local 222"});
  CHECK(Names("USA 3060/6380") == std::vector<std::string>{"USW Local 3060", "USW Local 6380"});
  CHECK(Names("ACTWU 292, 1714, 1715") ==
        std::vector<std::string>{"ACTWU Local 292", "ACTWU Local 1714", "ACTWU Local 1715"});
  CHECK(ParseUnionList("IBT 198 & 222").multi);
}

TEST_CASE("One union stays one union") {
  CHECK(Names("IBT IBT") == std::vector<std::string>{"International Brotherhood of Teamsters"});
  CHECK(Names("International Brotherhood of Teamsters (IBT)") ==
        std::vector<std::string>{"International Brotherhood of Teamsters"});
  CHECK(Names("UFCW MULTI") == std::vector<std::string>{"United Food and Commercial Workers International Union"});
  CHECK(Names("IAM LODGE 761, DIST 137") == std::vector<std::string>{"IAM Lodge 761"});
  CHECK(Names("IAM DL 94 LL 1600") == std::vector<std::string>{"IAM Lodge 1600"});
  CHECK(Names("USA 2958-02 DIST 7 SUB DIST 3") == std::vector<std::string>{"USW Local 2958-02"});
  CHECK(Names("PACE 1-204") == std::vector<std::string>{"PACE Local 1-204"});
  CHECK(Names("USW Local 1192-01") == std::vector<std::string>{"USW Local 1192-01"});
  CHECK_FALSE(ParseUnionList("IUE-CWA Local 201").multi);
  CHECK_FALSE(ParseUnionList("SEIU Local 1199, United Healthcare Workers East").multi);
  CHECK(ParseUnionList("").unions.empty());
}

TEST_CASE("A sub-body never carries its national union's name as an alias") {
  auto council = ParseUnionName("Teamsters Joint Council");
  REQUIRE(council);
  CHECK(council->canonical != "International Brotherhood of Teamsters");
  for (const std::string& alias : council->aliases) {
    CHECK(alias != "International Brotherhood of Teamsters");
    CHECK(alias != "IBT");
    CHECK(alias != "Teamsters");
  }
  auto local = ParseUnionName("IBT Local 705");
  REQUIRE(local);
  for (const std::string& alias : local->aliases) CHECK(alias.find("705") != std::string::npos);
  auto national = ParseUnionName("International Brotherhood of Teamsters");
  REQUIRE(national);
  CHECK(std::find(national->aliases.begin(), national->aliases.end(), "IBT") != national->aliases.end());
}

}  // namespace lkg::names
