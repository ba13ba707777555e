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

// The node NODE names. Several nodes with that name: an error listing each
// candidate's id, type and name.
Result<NodeKey> ResolveForShow(const GraphReader& reader, const std::string& text) {
  if (!ParseNodeId(text)) {
    auto found = reader.FindByName(text, std::nullopt);
    if (!found.ok()) return found.status();
    if (found->size() > 1) {
      std::string message = "'" + text + "' names " + std::to_string(found->size()) + " nodes; use an id:";
      for (NodeKey key : *found) {
        Result<Node> node = reader.GetNode(key);
        message += "\n  " + FormatNodeId(key);
        if (node.ok()) message += "  " + std::string(NodeTypeName(node->type)) + "  " + node->name;
      }
      return Status::InvalidArgument(message);
    }
  }
  return query::ResolveNode(reader, text);
}

int RunShow(CommandContext& ctx) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {{"json", false}, {"evidence"}, {"edges"}});
  if (!args.ok()) return ReportUsage(ctx, "show", args.status().message());
  if (args->positionals.size() != 1) {
    return ReportUsage(ctx, "show", args->positionals.empty() ? "missing NODE (an id or an exact name)"
                                                              : "too many arguments (quote a name with spaces)");
  }
  Result<long long> max_evidence = args->GetInt("evidence", 5, 0, 10000);
  if (!max_evidence.ok()) return ReportUsage(ctx, "show", max_evidence.status().message());
  Result<long long> max_edges = args->GetInt("edges", 50, 0, 100000);
  if (!max_edges.ok()) return ReportUsage(ctx, "show", max_edges.status().message());
  auto store = OpenStore(ctx, /*read_only=*/true);
  if (!store.ok()) return ReportError(ctx, store.status());
  auto reader = (*store)->NewReader();
  Result<NodeKey> key = ResolveForShow(*reader, args->positionals[0]);
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
    "show", "NODE [--json] [--evidence N] [--edges N]", "a node with aliases, properties, edges and evidence",
    "NODE is an id (n:…) or an exact name or alias (case, accents and punctuation\n"
    "ignored). When several nodes share the name, their ids are listed.\n"
    "  --evidence N   show at most N evidence sentences (0-10000, default 5)\n"
    "  --edges N      show at most N edges (0-100000, default 50)\n"
    "  --json         the node as JSON (as GET /api/v1/nodes/{id})\n",
    RunShow};

}  // namespace lkg::cli
