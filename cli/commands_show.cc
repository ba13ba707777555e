// lkg show NODE: a node with its aliases, properties, edges (grouped by type,
// with the other end's name) and evidence sentences with their documents.
// The JSON form is the API's node detail (GET /api/v1/nodes/{id}).
#include <map>

#include "cli/args.h"
#include "cli/command.h"
#include "cli/human_format.h"
#include "http/json_views.h"
#include "query/resolve.h"

namespace lkg::cli {
namespace {

std::string PropertyText(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>()
                           : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// "role: president, since: 2020" for the edge's properties; "" when none.
std::string EdgePropertiesText(const GraphReader& reader, const std::string& edge_id) {
  std::optional<EdgeKey> key = ParseEdgeId(edge_id);
  if (!key) return "";
  Result<Edge> edge = reader.GetEdge(*key);
  if (!edge.ok() || !edge->properties.is_object() || edge->properties.empty()) return "";
  std::string text;
  for (auto it = edge->properties.begin(); it != edge->properties.end(); ++it) {
    text += (text.empty() ? "" : ", ") + it.key() + ": " + PropertyText(it.value());
  }
  return "  (" + text + ")";
}

void PrintEdges(std::ostream& out, const GraphReader& reader, const nlohmann::json& detail) {
  std::map<std::string, std::vector<const nlohmann::json*>> by_type;
  for (const nlohmann::json& edge : detail["edges"]) by_type[edge["type"].get<std::string>()].push_back(&edge);
  out << "edges (" << detail["degree"].get<size_t>() << ")\n";
  for (const auto& [type, edges] : by_type) {
    out << "  " << type << "\n";
    for (const nlohmann::json* edge : edges) {
      const nlohmann::json& other = (*edge)["other"];
      out << "    " << ((*edge)["direction"] == "out" ? "-> " : "<- ") << other["name"].get<std::string>() << "  ["
          << other["type"].get<std::string>() << " " << other["id"].get<std::string>() << "]"
          << EdgePropertiesText(reader, (*edge)["id"].get<std::string>()) << "\n";
    }
  }
  if (detail["edges_truncated"].get<bool>()) {
    out << "  … " << detail["degree"].get<size_t>() - detail["edges"].size() << " more (raise --edges)\n";
  }
}

void PrintEvidence(std::ostream& out, const nlohmann::json& detail) {
  out << "evidence (" << detail["evidence_count"].get<uint64_t>() << ")\n";
  for (const nlohmann::json& e : detail["evidence"]) {
    const nlohmann::json& doc = e["document"];
    out << "  \"" << e["sentence"].get<std::string>() << "\"\n    — " << doc.value("title", std::string("(untitled)"));
    std::string url = doc.value("url", std::string());
    if (!url.empty()) out << " <" << url << ">";
    out << "  [" << doc["id"].get<std::string>() << ", " << e["extractor"].get<std::string>() << ", confidence "
        << ConfidenceText(e["confidence"].get<double>()) << "]\n";
  }
  size_t shown = detail["evidence"].size();
  uint64_t total = detail["evidence_count"].get<uint64_t>();
  if (shown < total) out << "  … " << total - shown << " more (raise --evidence)\n";
}

void PrintNode(std::ostream& out, const GraphReader& reader, const nlohmann::json& detail) {
  out << detail["name"].get<std::string>() << "  [" << detail["type"].get<std::string>() << " "
      << detail["id"].get<std::string>() << "]\n";
  if (!detail["aliases"].empty()) {
    std::string aliases;
    for (const nlohmann::json& alias : detail["aliases"]) aliases += (aliases.empty() ? "" : "; ") + alias.get<std::string>();
    out << "aliases: " << aliases << "\n";
  }
  const nlohmann::json& properties = detail["properties"];
  if (properties.is_object() && !properties.empty()) {
    out << "properties\n";
    for (auto it = properties.begin(); it != properties.end(); ++it) {
      out << "  " << it.key() << ": " << PropertyText(it.value()) << "\n";
    }
  }
  PrintEdges(out, reader, detail);
  PrintEvidence(out, detail);
}

// A document: its title, URL, date, publisher and language, then its text.
int ShowDocument(CommandContext& ctx, const GraphReader& reader, DocKey key, bool json) {
  Result<Document> doc = reader.GetDocument(key);
  if (!doc.ok()) return ReportError(ctx, Status::NotFound("no document with id '" + FormatDocId(key) + "'"));
  if (json) {
    *ctx.out << DocumentToJson(*doc, true).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  *ctx.out << (doc->title.empty() ? "(untitled)" : doc->title) << "  [document " << FormatDocId(key) << "]\n";
  const std::pair<const char*, const std::string*> fields[] = {
      {"url", &doc->url}, {"published", &doc->published}, {"source", &doc->source}, {"language", &doc->lang}};
  for (const auto& [name, value] : fields) {
    if (!value->empty()) *ctx.out << name << ": " << *value << "\n";
  }
  *ctx.out << "\n" << doc->text << (doc->text.empty() || doc->text.back() == '\n' ? "" : "\n");
  return kExitOk;
}

int RunShow(CommandContext& ctx) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {{"json", false}, {"evidence"}, {"edges"}});
  if (!args.ok()) return ReportUsage(ctx, "show", args.status().message());
  if (args->positionals.size() != 1) {
    return ReportUsage(ctx, "show", args->positionals.empty() ? "missing NODE (an id or a name)"
                                                              : "too many arguments (quote a name with spaces)");
  }
  Result<long long> max_evidence = args->GetInt("evidence", 5, 0, 10000);
  if (!max_evidence.ok()) return ReportUsage(ctx, "show", max_evidence.status().message());
  Result<long long> max_edges = args->GetInt("edges", 50, 0, 100000);
  if (!max_edges.ok()) return ReportUsage(ctx, "show", max_edges.status().message());
  auto store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return ReportError(ctx, store.status());
  auto reader = (*store)->NewReader();
  if (std::optional<DocKey> doc = ParseDocId(args->positionals[0])) {
    return ShowDocument(ctx, *reader, *doc, args->Has("json"));
  }
  Result<NodeKey> key = query::ResolveNode(*reader, args->positionals[0]);
  if (!key.ok()) return ReportError(ctx, key.status());
  Result<nlohmann::json> detail = http::NodeDetailJson(*reader, *key, static_cast<size_t>(*max_evidence),
                                                       static_cast<size_t>(*max_edges));
  if (!detail.ok()) return ReportError(ctx, detail.status());
  if (args->Has("json")) {
    *ctx.out << detail->dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    PrintNode(*ctx.out, *reader, *detail);
  }
  return kExitOk;
}

}  // namespace

extern const CommandSpec kShowCommand;
const CommandSpec kShowCommand = {
    "show", "NODE|d:DOC [--json] [--evidence N] [--edges N]",
    "a node with aliases, properties, edges and evidence, or a document",
    "NODE is an id (n:…) or a name, case, accents and punctuation ignored. Exact names\n"
    "come first, then aliases, other spellings (Tadzhibaev/Tadjibaev, Cyrillic/Latin,\n"
    "-yev/-ev), then longer names holding its words (\"VimpelCom\" -> \"VimpelCom Ltd\"),\n"
    "ranked by evidence and degree. When the best match is not clear, the candidates\n"
    "are listed with type, country and counts; a miss suggests near spellings.\n"
    "A document id (d:…) prints the document: title, URL, date, publisher, text.\n"
    "  --evidence N   show at most N evidence sentences (0-10000, default 5)\n"
    "  --edges N      show at most N edges (0-100000, default 50)\n"
    "  --json         the node as JSON (as GET /api/v1/nodes/{id})\n",
    RunShow};

}  // namespace lkg::cli
