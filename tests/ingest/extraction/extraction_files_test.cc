// Runs the sentence tests in tests/ingest/extraction/*.test: short texts and
// the facts the extractor must (or must not) produce from them. A file holds
// cases; a case is
//
//   == NAME                                   starts a case
//   text: SENTENCES                           "\n" in the text is a line break
//   published: YYYY-MM-DD                     optional: the article's date
//   EXPECTATION                               one a line, until the next "=="
//
// Expectations (names in quotes; "no" in front turns one into a must-not):
//   node TYPE "NAME"             a node named (or aliased) NAME, of TYPE
//   no node "NAME"               no node named or aliased NAME
//   no node TYPE "NAME"          no node NAME of TYPE
//   alias "NAME" "ALIAS"         the node NAME has the alias ALIAS
//   edge TYPE "SOURCE" "TARGET" [role=ROLE]    a relation edge (role for has_role)
//   case KIND                    a case of KIND (any kind: case *)
//   case KIND "NAME"             a case of KIND with an edge to NAME
//   case KIND victim|perpetrator|concerns|in_country "NAME"
//   case KIND date=DATE          a case of KIND with that date
//   cases KIND N                 exactly N cases of KIND (* for all kinds)
//   nodes TYPE N                 exactly N nodes of TYPE
//
// "xfail #ISSUE: EXPECTATION" marks a known failure: reported, not failing
// the run; when it starts to pass the run fails so that the mark is removed.
// Lines starting with '#' are comments.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "tests/quoted_words.h"

#include "tests/ingest/extract_helpers.h"

namespace lkg::ingest::testing {
namespace {

bool NodeOfType(const DocumentFacts& f, const std::string& type, const std::string& name) {
  for (const NodeFact& n : f.nodes) {
    bool named = n.node.name == name;
    for (const std::string& a : n.node.aliases) named = named || a == name;
    if (named && (type.empty() || NodeTypeName(n.node.type) == type)) return true;
  }
  return false;
}

// True when some case of `kind` ("*": any) has an edge of `edge` ("": any) to `name`.
bool CaseEdge(const DocumentFacts& f, const std::string& kind, const std::string& edge, const std::string& name) {
  const NodeFact* target = FindNode(f, name);
  if (!target) return false;
  for (const NodeFact* c : Cases(f, kind == "*" ? "" : kind)) {
    for (const EdgeFact& e : f.edges) {
      if (e.edge.source != c->node.key || e.edge.target != target->node.key) continue;
      if (edge.empty() || EdgeTypeName(e.edge.type) == edge) return true;
    }
  }
  return false;
}

bool CaseDated(const DocumentFacts& f, const std::string& kind, const std::string& date) {
  for (const NodeFact* c : Cases(f, kind == "*" ? "" : kind)) if (DateOf(c) == date) return true;
  return false;
}

bool EdgeWithRole(const DocumentFacts& f, const std::vector<std::string>& w) {
  const EdgeFact* e = FindEdge(f, w[1], w[2], w[3]);
  if (e == nullptr || w.size() == 4) return e != nullptr;
  const auto& role = e->edge.properties["role"];
  return role.is_string() && "role=" + role.get<std::string>() == w[4];
}

// Whether expectation `w` (without "no") holds in `f`; an error for a line that is no expectation.
Result<bool> Holds(const DocumentFacts& f, const std::vector<std::string>& w) {
  const std::string& what = w.empty() ? "" : w[0];
  if (what == "node" && w.size() == 3) return NodeOfType(f, w[1], w[2]);
  if (what == "node" && w.size() == 2) return NodeOfType(f, "", w[1]);
  if (what == "alias" && w.size() == 3) return FindNode(f, w[1]) != nullptr && HasAlias(f, w[1], w[2]);
  if (what == "edge" && (w.size() == 4 || (w.size() == 5 && w[4].rfind("role=", 0) == 0))) {
    if (!ParseEdgeType(w[1])) return Status::InvalidArgument("unknown edge type '" + w[1] + "'");
    return EdgeWithRole(f, w);
  }
  if (what == "nodes" && w.size() == 3) {
    if (!ParseNodeType(w[1])) return Status::InvalidArgument("unknown node type '" + w[1] + "'");
    size_t n = 0;
    for (const NodeFact& x : f.nodes) n += NodeTypeName(x.node.type) == w[1] ? 1 : 0;
    return n == std::stoul(w[2]);
  }
  if (what == "cases" && w.size() == 3) return Cases(f, w[1] == "*" ? "" : w[1]).size() == std::stoul(w[2]);
  if (what != "case" || w.size() < 2 || w.size() > 4) return Status::InvalidArgument("not an expectation");
  if (w[1] != "*" && !IsCaseKind(w[1])) return Status::InvalidArgument("unknown case kind '" + w[1] + "'");
  if (w.size() == 2) return !Cases(f, w[1] == "*" ? "" : w[1]).empty();
  if (w.size() == 3 && w[2].rfind("date=", 0) == 0) return CaseDated(f, w[1], w[2].substr(5));
  if (w.size() == 3) return CaseEdge(f, w[1], "", w[2]);
  if (!ParseEdgeType(w[2])) return Status::InvalidArgument("unknown edge type '" + w[2] + "'");
  return CaseEdge(f, w[1], w[2], w[3]);
}

// What a run found: counts, and one message per problem ("FILE:LINE [CASE] ...").
struct Tally {
  size_t cases = 0, checks = 0, known_failures = 0;
  std::vector<std::string> problems;
};

struct Case {
  std::string where, name, text, published;
  std::vector<std::pair<size_t, std::string>> lines;  // line number, expectation
};

// The outcome of one expectation line: "" when it holds (or fails as marked), else the problem.
std::string Judge(const DocumentFacts& facts, std::string line, Tally& tally) {
  std::optional<std::string> xfail;
  if (line.rfind("xfail ", 0) == 0) {
    size_t colon = line.find(": ");
    if (colon == std::string::npos) return "malformed line: 'xfail #ISSUE: EXPECTATION' needs its ': '";
    xfail = line.substr(6, colon - 6);
    line = line.substr(colon + 2);
  }
  std::vector<std::string> w = lkg::testing::SplitQuoted(line);
  bool negated = !w.empty() && w[0] == "no";
  if (negated) w.erase(w.begin());
  Result<bool> held = Holds(facts, w);
  if (!held.ok()) return "malformed line: " + held.status().message();
  if (!xfail) return *held != negated ? "" : "expectation not met";
  if (*held != negated) return "known failure " + *xfail + " now passes: remove its xfail mark";
  ++tally.known_failures;
  return "";
}

void RunCase(const Case& c, Tally& tally) {
  if (c.name.empty()) return;
  ++tally.cases;
  DocumentFacts facts = Extract(c.text, c.published);
  for (const auto& [line_no, line] : c.lines) {
    ++tally.checks;
    std::string problem = Judge(facts, line, tally);
    if (problem.empty()) continue;
    tally.problems.push_back(c.where + ":" + std::to_string(line_no) + " [" + c.name + "] " + line + ": " + problem +
                             "\n  text: " + c.text);
  }
}

// Runs the cases of `in`, the file called `where`.
void RunStream(std::istream& in, const std::string& where, Tally& tally) {
  std::string line;
  size_t line_no = 0;
  Case current;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    if (line.rfind("== ", 0) == 0) {
      RunCase(current, tally);
      current = Case{where, line.substr(3), "", "", {}};
    } else if (line.rfind("text: ", 0) == 0) {
      if (!current.text.empty()) current.text += ' ';
      for (size_t k = 6; k < line.size(); ++k) {  // "\n" in the file is a line break
        bool escape = line[k] == '\\' && k + 1 < line.size() && line[k + 1] == 'n';
        current.text += escape ? '\n' : line[k];
        k += escape ? 1 : 0;
      }
    } else if (line.rfind("published: ", 0) == 0) {
      current.published = line.substr(11);
    } else if (current.name.empty()) {
      tally.problems.push_back(where + ":" + std::to_string(line_no) + ": an expectation before the first '== NAME'");
    } else {
      current.lines.emplace_back(line_no, line);
    }
  }
  RunCase(current, tally);
}

Tally RunText(const std::string& text) {
  std::istringstream in(text);
  Tally tally;
  RunStream(in, "t.test", tally);
  return tally;
}

TEST_CASE("sentence tests in tests/ingest/extraction/*.test") {
  std::filesystem::path dir = std::filesystem::path(LKG_SOURCE_DIR) / "tests" / "ingest" / "extraction";
  Tally tally;
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".test") continue;
    ++files;
    std::ifstream in(entry.path());
    RunStream(in, entry.path().filename().string(), tally);
  }
  for (const std::string& problem : tally.problems) FAIL_CHECK(problem);
  MESSAGE(files << " files, " << tally.cases << " cases, " << tally.checks << " expectations, "
                << tally.known_failures << " known failures (xfail)");
  CHECK(files >= 3);
  CHECK(tally.cases >= 100);
}

TEST_CASE("sentence tests: the runner reports unmet, malformed and fixed lines with file and line") {
  Tally ok = RunText("# comment\n== arrest\ntext: Police arrested leaders of the Dock Workers Union in Chile.\n"
                     "case arrest victim \"Dock Workers Union\"\nno case dismissal\n"
                     "xfail #11: case arrest perpetrator \"Dock Workers Union\"\n");
  CHECK(ok.problems.empty());
  CHECK(ok.cases == 1);
  CHECK(ok.checks == 3);
  CHECK(ok.known_failures == 1);
  Tally bad = RunText("case arrest\n== arrest\ntext: Police arrested leaders of the Dock Workers Union in Chile.\n"
                      "case dismissal\nxfail #11: case arrest\ncase arest\nedge owns \"A\" \"B\"\nbogus\n"
                      "xfail #11 case arrest\n");
  REQUIRE(bad.problems.size() == 7);
  CHECK(bad.problems[0] == "t.test:1: an expectation before the first '== NAME'");
  CHECK(bad.problems[1].rfind("t.test:4 [arrest] case dismissal: expectation not met\n  text: Police", 0) == 0);
  CHECK(bad.problems[2].find("t.test:5 [arrest] xfail #11: case arrest: known failure #11 now passes") == 0);
  CHECK(bad.problems[3].find(": malformed line: unknown case kind 'arest'") != std::string::npos);
  CHECK(bad.problems[4].find(": malformed line: unknown edge type 'owns'") != std::string::npos);
  CHECK(bad.problems[5].find("bogus: malformed line: not an expectation") != std::string::npos);
  CHECK(bad.problems[6].find("needs its ': '") != std::string::npos);
}

}  // namespace
}  // namespace lkg::ingest::testing
