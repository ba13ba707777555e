// `lkg export`: the whole graph or a subgraph in one of the export formats.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>

#include "cli/human_format.h"
#include "cli/progress.h"
#include "cli/query_support.h"
#include "query/export.h"
#include "query/neighbors.h"

namespace lkg::cli {
namespace {

constexpr const char* kExportHelp =
    "Options:\n"
    "  --format F         json (default), graphml, gexf, cyjs, dot, csv, cypher\n"
    "  --seed NODE        start from this node (id or name, forgiving); repeat for more seeds;\n"
    "                     further positional arguments are seeds too\n"
    "  --depth N          hops around the seeds (default 1, at most 6)\n"
    "  --limit N          at most N nodes in a subgraph (default 100000)\n"
    "  --no-evidence      json: leave out evidence records and document nodes; graphml, gexf:\n"
    "                     leave out each edge's sentence, source_url, source_title, source_date\n"
    "  --neo4j-admin      cypher: write neo4j-admin import CSVs (nodes.csv, edges.csv) into\n"
    "                     the directory given with -o instead of MERGE statements\n"
    "  --raw              csv, --neo4j-admin: keep cells starting with = + - @ TAB CR as they\n"
    "                     are (by default they get a leading ' so spreadsheets do not run them)\n"
    "  -o, --output PATH  write to PATH instead of stdout; csv and --neo4j-admin need a\n"
    "                     directory and write nodes.csv and edges.csv into it\n"
    "Filters (whole graph or subgraph):\n";

std::vector<FlagSpec> ExportFlags() {
  std::vector<FlagSpec> flags = {{"format"}, {"seed"},           {"depth"},       {"limit"},
                                 {"no-evidence", false}, {"neo4j-admin", false}, {"raw", false}, {"output", true, 'o'}};
  for (FlagSpec& f : FilterFlags()) flags.push_back(f);
  return flags;
}

// Counts the bytes written through it to another stream buffer and shows
// them on a Progress line.
class CountingBuffer : public std::streambuf {
 public:
  CountingBuffer(std::streambuf* target, Progress& progress) : target_(target), progress_(progress) {}
  uint64_t bytes() const { return bytes_; }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    if (traits_type::eq_int_type(target_->sputc(traits_type::to_char_type(c)), traits_type::eof())) {
      return traits_type::eof();
    }
    Count(1);
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::streamsize written = target_->sputn(s, n);
    Count(static_cast<uint64_t>(written));
    return written;
  }
  int sync() override { return target_->pubsync(); }

 private:
  void Count(uint64_t n) {
    bytes_ += n;
    progress_.Update(bytes_);
  }
  std::streambuf* target_;
  Progress& progress_;
  uint64_t bytes_ = 0;
};

// Runs `write` on `out` through a CountingBuffer; returns the bytes written.
Result<uint64_t> WriteCounted(std::ostream& out, Progress& progress,
                              const std::function<Status(std::ostream&)>& write) {
  CountingBuffer buffer(out.rdbuf(), progress);
  std::ostream counted(&buffer);
  Status status = write(counted);
  counted.flush();
  if (status.ok() && !counted.good()) status = Status::IOError("write failed");
  if (!status.ok()) return status;
  return buffer.bytes();
}

// Writes through a temporary file renamed into place, so a failed export
// never leaves a half-written file under the requested name.
Status WriteFile(const std::filesystem::path& path, const std::function<Status(std::ostream&)>& write) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IOError("cannot write " + path.string());
    Status status = write(out);
    out.flush();
    if (status.ok() && !out.good()) status = Status::IOError("cannot write " + path.string());
    if (!status.ok()) {
      out.close();
      std::remove(tmp.c_str());
      return status;
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return Status::IOError("cannot write " + path.string() + ": " + ec.message());
  return Status::Ok();
}

// Writes nodes.csv and edges.csv into `dir` with `write` (which writes the
// part `options` names: set before each call).
Status WriteTables(const std::string& dir, query::ExportOptions& options,
                   const std::function<Status(std::ostream&)>& write) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create directory " + dir + ": " + ec.message());
  for (auto part : {query::ExportOptions::CsvPart::kNodes, query::ExportOptions::CsvPart::kEdges}) {
    options.csv_part = part;
    std::string name = part == query::ExportOptions::CsvPart::kNodes ? "nodes.csv" : "edges.csv";
    LKG_RETURN_IF_ERROR(WriteFile(std::filesystem::path(dir) / name, write));
  }
  return Status::Ok();
}

// The subgraph the seeds and filters select, or the whole graph.
Result<query::ExportScope> ChooseScope(const ParsedArgs& args, const OpenedGraph& graph,
                                       const query::QueryFilter& filter, std::vector<std::string> seeds) {
  if (seeds.empty() && filter.empty()) return query::ExportScope::WholeGraph(*graph.reader);
  Result<query::ResolvedFilter> resolved = query::ResolvedFilter::Resolve(filter, *graph.snapshot, *graph.reader);
  if (!resolved.ok()) return resolved.status();
  Result<long long> limit = args.GetInt("limit", 100000, 1, std::numeric_limits<int32_t>::max());
  Result<long long> depth = args.GetInt("depth", 1, 0, 6);
  if (!limit.ok()) return limit.status();
  if (!depth.ok()) return depth.status();
  query::QueryLimits limits;
  limits.max_results = static_cast<size_t>(limit.value());
  limits.time_budget_ms = 600'000;
  Result<query::Neighborhood> hood = Status::Ok();
  if (seeds.empty()) {
    hood = query::FilteredGraph(*graph.snapshot, resolved.value(), limits);
  } else {
    query::NeighborhoodRequest request;
    request.depth = static_cast<int>(depth.value());
    for (const std::string& seed : seeds) {
      Result<query::VertexId> v = ResolveVertex(graph, seed);
      if (!v.ok()) return v.status();
      request.seeds.push_back(v.value());
    }
    hood = query::Neighbors(*graph.snapshot, resolved.value(), request, limits);
  }
  if (!hood.ok()) return hood.status();
  return query::ScopeOf(hood.value(), *graph.snapshot, *graph.reader);
}

// "wrote gexf: 35 nodes, 48 edges (12.3 KiB) to mmtuk.gexf".
std::string WroteMessage(const std::string& format, const query::ExportScope& scope, uint64_t bytes,
                         const std::string& where) {
  uint64_t nodes = scope.node_count(), edges = scope.edge_count();
  if (scope.whole()) {
    Result<StoreStats> stats = scope.reader().Stats();
    nodes = stats.ok() ? stats->nodes : 0;
    edges = stats.ok() ? stats->edges : 0;
  }
  return "wrote " + format + ": " + GroupThousands(nodes) + " nodes, " + GroupThousands(edges) + " edges (" +
         BytesText(bytes) + ") to " + where;
}

int RunExport(CommandContext& ctx) {
  int code = kExitOk;
  std::optional<ParsedArgs> args = ParseOrReport(ctx, "export", ExportFlags(), code);
  if (!args) return code;
  std::optional<query::ExportFormat> format = query::ParseExportFormat(args->Get("format", "json"));
  if (!format) return ReportUsage(ctx, "export", "unknown format '" + args->Get("format") + "'");
  bool tables = *format == query::ExportFormat::kCsv || args->Has("neo4j-admin");
  if (tables && !args->Has("output")) {
    return ReportUsage(ctx, "export", "this format writes nodes.csv and edges.csv: give a directory with -o DIR");
  }
  Result<query::QueryFilter> filter = FilterFromArgs(*args);
  if (!filter.ok()) return ReportUsage(ctx, "export", filter.status().message());
  std::vector<std::string> seeds = args->values["seed"];
  seeds.insert(seeds.end(), args->positionals.begin(), args->positionals.end());
  Result<OpenedGraph> graph = OpenGraph(ctx, !seeds.empty() || !filter->empty());
  if (!graph.ok()) return ReportError(ctx, graph.status());
  Result<query::ExportScope> scope = ChooseScope(*args, graph.value(), filter.value(), seeds);
  if (!scope.ok()) return ReportError(ctx, scope.status());
  query::ExportOptions options;
  options.evidence = !args->Has("no-evidence");
  options.cypher_admin_csv = args->Has("neo4j-admin");
  options.csv_raw = args->Has("raw");
  Progress progress(*ctx.err, ctx.err_is_tty, "bytes");
  uint64_t bytes = 0;
  auto write = [&](std::ostream& out) -> Status {
    Result<uint64_t> written = WriteCounted(out, progress, [&](std::ostream& counted) {
      return query::WriteExport(*format, scope.value(), options, counted);
    });
    if (!written.ok()) return written.status();
    bytes += written.value();
    return Status::Ok();
  };
  Status status;
  std::string output = args->Get("output");
  if (tables) status = WriteTables(output, options, write);
  else if (!output.empty()) status = WriteFile(output, write);
  else status = write(*ctx.out);
  ctx.out->flush();
  progress.Finish();
  if (!status.ok()) return ReportError(ctx, status);
  std::string format_name = args->Has("neo4j-admin") ? "neo4j-admin csv" : args->Get("format", "json");
  if (tables) output = (std::filesystem::path(output) / "nodes.csv").string() + " and edges.csv";
  if (!output.empty()) *ctx.out << WroteMessage(format_name, scope.value(), bytes, output) << "\n";
  else if (ctx.err_is_tty) *ctx.err << WroteMessage(format_name, scope.value(), bytes, "stdout") << "\n";
  return kExitOk;
}

const std::string& ExportHelp() {
  static const std::string help = std::string(kExportHelp) + kFilterHelp;
  return help;
}

}  // namespace

extern const CommandSpec kExportCommand;
const CommandSpec kExportCommand = {
    "export", "[--format json|graphml|gexf|cyjs|dot|csv|cypher] [--seed NODE… --depth N] [filters] [-o FILE]",
    "export the whole graph or a subgraph", ExportHelp().c_str(), RunExport};

}  // namespace lkg::cli
