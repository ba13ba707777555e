// Runs the data-driven query tests in tests/queries/*.test. Each file holds a
// tiny graph and queries with their expected rows:
//
//   node TYPE NAME [key=value…]          # NAME in quotes when it has spaces
//   edge SOURCE EDGE_TYPE TARGET [evidence=N] [confidence=C]
//   query: COMMAND ARGS…                 # neighbors|path|rank|communities|cases|common
//   <expected rows, one per line, until a blank line>
//
// Rows: neighbors "HOPS TYPE NAME" (sorted); path "A -type-> B <-type- C";
// rank "NAME SCORE" (4 decimals); communities "NAME, NAME, …" per community
// (sorted); cases "DATE KIND NAME: ROLE NAME, …"; common "LIST NAME";
// "error: MESSAGE" when the query fails; "truncated" when a limit cut it.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

#include <doctest/doctest.h>

#include "tests/quoted_words.h"

#include "cli/args.h"
#include "query/cases.h"
#include "query/common.h"
#include "query/communities.h"
#include "query/neighbors.h"
#include "query/path.h"
#include "query/rank.h"
#include "tests/query/memory_reader.h"

namespace lkg::query {
namespace {

nlohmann::json ParseValue(const std::string& text) {
  nlohmann::json value = nlohmann::json::parse(text, nullptr, false);
  return value.is_discarded() || value.is_object() ? nlohmann::json(text) : value;
}

struct QueryFile {
  testing::MemoryReader reader;
  std::map<std::string, NodeKey> by_name;
  std::shared_ptr<const GraphSnapshot> snapshot;

  void AddNode(const std::vector<std::string>& t) {
    nlohmann::json props = nlohmann::json::object();
    for (size_t i = 3; i < t.size(); ++i) {
      size_t eq = t[i].find('=');
      props[t[i].substr(0, eq)] = ParseValue(t[i].substr(eq + 1));
    }
    by_name[t[2]] = reader.AddNode(*ParseNodeType(t[1]), t[2], props);
  }
  void AddEdge(const std::vector<std::string>& t) {
    uint32_t evidence = 1;
    float confidence = 1.0f;
    for (size_t i = 4; i < t.size(); ++i) {
      if (t[i].rfind("evidence=", 0) == 0) evidence = std::stoul(t[i].substr(9));
      if (t[i].rfind("confidence=", 0) == 0) confidence = std::stof(t[i].substr(11));
    }
    reader.AddEdge(by_name.at(t[1]), *ParseEdgeType(t[2]), by_name.at(t[3]), evidence, confidence);
  }
  std::string Name(VertexId v) const { return reader.GetNode(snapshot->node_key(v)).value().name; }
  VertexId V(const std::string& name) const { return *snapshot->Find(by_name.at(name)); }
};

using Rows = std::vector<std::string>;

Result<cli::ParsedArgs> Args(const std::vector<std::string>& tokens) {
  std::vector<cli::FlagSpec> flags = {{"depth"}, {"types"}, {"edge-types"}, {"country"}, {"since"},
                                      {"until"}, {"limit"}, {"k"},          {"max-len"}, {"via-types"},
                                      {"weighted", false}, {"by"}, {"top"},  {"kind"},    {"actor"},
                                      {"cursor"}, {"type"}};
  return cli::ParseArgs(std::vector<std::string>(tokens.begin() + 1, tokens.end()), flags);
}

Result<ResolvedFilter> Filter(const QueryFile& f, const cli::ParsedArgs& a) {
  QueryFilter filter;
  filter.node_types = ParseNodeTypes(a.GetList("types")).value();
  filter.edge_types = ParseEdgeTypes(a.GetList("edge-types")).value();
  filter.country = a.Get("country");
  filter.since = a.Get("since");
  filter.until = a.Get("until");
  return ResolvedFilter::Resolve(filter, *f.snapshot, f.reader);
}

QueryLimits Limits(const cli::ParsedArgs& a) {
  QueryLimits limits;
  limits.max_results = std::stoul(a.Get("limit", "1000"));
  return limits;
}

Result<Rows> RunNeighbors(const QueryFile& f, const cli::ParsedArgs& a) {
  Result<ResolvedFilter> filter = Filter(f, a);
  if (!filter.ok()) return filter.status();
  NeighborhoodRequest request{{f.V(a.positionals[0])}, std::stoi(a.Get("depth", "1")), true};
  Result<Neighborhood> hood = Neighbors(*f.snapshot, filter.value(), request, Limits(a));
  if (!hood.ok()) return hood.status();
  Rows rows;
  for (size_t i = 1; i < hood->nodes.size(); ++i) {
    rows.push_back(std::to_string(hood->hops[i]) + " " + std::string(NodeTypeName(f.snapshot->node_type(hood->nodes[i]))) +
                   " " + f.Name(hood->nodes[i]));
  }
  std::sort(rows.begin(), rows.end());
  if (hood->truncated) rows.push_back("truncated");
  return rows;
}

std::string PathRow(const QueryFile& f, const Path& path) {
  std::string row = f.Name(path.nodes[0]);
  for (size_t i = 0; i < path.edges.size(); ++i) {
    std::string type(EdgeTypeName(f.snapshot->edge_type(path.edges[i])));
    bool forward = f.snapshot->edge_source(path.edges[i]) == path.nodes[i];
    row += forward ? " -" + type + "-> " : " <-" + type + "- ";
    row += f.Name(path.nodes[i + 1]);
  }
  return row;
}

Result<Rows> RunPath(const QueryFile& f, const cli::ParsedArgs& a) {
  Result<ResolvedFilter> filter = Filter(f, a);
  if (!filter.ok()) return filter.status();
  PathRequest request;
  request.from = f.V(a.positionals[0]);
  request.to = f.V(a.positionals[1]);
  request.k = std::stoi(a.Get("k", "1"));
  request.max_len = std::stoi(a.Get("max-len", "6"));
  request.via_types = ParseNodeTypes(a.GetList("via-types")).value();
  request.weight = a.Has("weighted") ? PathWeight::kEvidence : PathWeight::kHops;
  Result<PathResult> result = FindPaths(*f.snapshot, filter.value(), request, QueryLimits());
  if (!result.ok()) return result.status();
  Rows rows;
  for (const Path& p : result->paths) rows.push_back(PathRow(f, p));
  return rows;
}

Result<Rows> RunRank(const QueryFile& f, const cli::ParsedArgs& a) {
  RankRequest request;
  request.by = *ParseRankBy(a.Get("by", "pagerank"));
  request.types = ParseNodeTypes(a.GetList("type")).value();
  request.top = std::stoul(a.Get("top", "20"));
  Result<RankResult> result = Rank(*f.snapshot, request, QueryLimits());
  if (!result.ok()) return result.status();
  Rows rows;
  for (const RankRow& r : result->rows) {
    std::ostringstream row;
    row << f.Name(r.vertex) << " " << std::fixed << std::setprecision(4) << r.score;
    rows.push_back(row.str());
  }
  return rows;
}

Result<Rows> RunCommunities(const QueryFile& f, const cli::ParsedArgs& a) {
  CommunitiesRequest request{ParseNodeTypes(a.GetList("type")).value(), 100, 100};
  Result<CommunitiesResult> result = Communities(*f.snapshot, request, QueryLimits());
  if (!result.ok()) return result.status();
  Rows rows;
  for (const Cluster& c : result->communities) {
    std::vector<std::string> names;
    for (VertexId v : c.members) names.push_back(f.Name(v));
    std::sort(names.begin(), names.end());
    std::string row;
    for (const std::string& n : names) row += (row.empty() ? "" : ", ") + n;
    rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

Result<Rows> RunCases(const QueryFile& f, const cli::ParsedArgs& a) {
  CasesRequest request;
  request.countries = a.GetList("country");
  request.kinds = a.GetList("kind");
  request.since = a.Get("since");
  request.until = a.Get("until");
  request.limit = std::stoul(a.Get("limit", "50"));
  request.cursor = a.Get("cursor");
  if (a.Has("actor")) request.actor = f.by_name.at(a.Get("actor"));
  Result<CasePage> page = ListCases(f.reader, request, QueryLimits());
  if (!page.ok()) return page.status();
  Rows rows;
  for (const CaseRow& c : page->rows) {
    std::vector<std::string> parts;
    for (const Participant& p : c.participants) parts.push_back(std::string(EdgeTypeName(p.role)) + " " + p.name);
    std::sort(parts.begin(), parts.end());
    std::string row = c.node.properties.value("date", "?") + " " + c.node.properties.value("kind", "?") + " " +
                      c.node.name + ":";
    for (size_t i = 0; i < parts.size(); ++i) row += (i ? ", " : " ") + parts[i];
    rows.push_back(row);
  }
  if (!page->next_cursor.empty()) rows.push_back("next " + page->next_cursor);
  return rows;
}

Result<Rows> RunCommon(const QueryFile& f, const cli::ParsedArgs& a) {
  std::vector<VertexId> nodes;
  for (const std::string& name : a.positionals) nodes.push_back(f.V(name));
  Result<CommonResult> result = Common(*f.snapshot, nodes, QueryLimits());
  if (!result.ok()) return result.status();
  Rows rows;
  for (VertexId v : result->neighbors) rows.push_back("neighbor " + f.Name(v));
  for (VertexId v : result->cases) rows.push_back("case " + f.Name(v));
  for (VertexId v : result->countries) rows.push_back("country " + f.Name(v));
  std::sort(rows.begin(), rows.end());
  return rows;
}

Rows RunQuery(const QueryFile& f, const std::string& line) {
  std::vector<std::string> tokens = lkg::testing::SplitQuoted(line);
  Result<cli::ParsedArgs> args = Args(tokens);
  REQUIRE_MESSAGE(args.ok(), args.status().message());
  Result<Rows> rows = Status::InvalidArgument("unknown query " + tokens[0]);
  if (tokens[0] == "neighbors") rows = RunNeighbors(f, args.value());
  if (tokens[0] == "path") rows = RunPath(f, args.value());
  if (tokens[0] == "rank") rows = RunRank(f, args.value());
  if (tokens[0] == "communities") rows = RunCommunities(f, args.value());
  if (tokens[0] == "cases") rows = RunCases(f, args.value());
  if (tokens[0] == "common") rows = RunCommon(f, args.value());
  if (!rows.ok()) return {"error: " + rows.status().message()};
  return rows.value();
}

void RunFile(const std::filesystem::path& path) {
  std::ifstream in(path);
  QueryFile file;
  std::string line, query;
  Rows expected;
  auto finish = [&] {
    if (query.empty()) return;
    if (!file.snapshot) file.snapshot = GraphSnapshot::Load(file.reader).value();
    INFO(path.filename().string() << ": " << query);
    auto join = [](const Rows& rows) {
      std::string text;
      for (const std::string& row : rows) text += row + "\n";
      return text;
    };
    CHECK(join(RunQuery(file, query)) == join(expected));
    query.clear();
    expected.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("#", 0) == 0) continue;
    if (line.rfind("query: ", 0) == 0) {
      finish();
      query = line.substr(7);
    } else if (!query.empty()) {
      if (line.empty()) finish();
      else expected.push_back(line);
    } else if (line.rfind("node ", 0) == 0) {
      file.AddNode(lkg::testing::SplitQuoted(line));
    } else if (line.rfind("edge ", 0) == 0) {
      file.AddEdge(lkg::testing::SplitQuoted(line));
    }
  }
  finish();
}

TEST_CASE("data-driven query tests in tests/queries/*.test") {
  std::filesystem::path dir = std::filesystem::path(LKG_SOURCE_DIR) / "tests" / "queries";
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".test") continue;
    ++files;
    RunFile(entry.path());
  }
  CHECK(files >= 3);
}

}  // namespace
}  // namespace lkg::query
