// Manual entity resolution: `lkg merge A B`, `lkg split NODE ALIAS`,
// `lkg distinct A B`. Each decision is stored (GraphStore::AddDecision) and
// honoured by the resolver on every later ingest.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <ostream>

#include "cli/args.h"
#include "cli/command.h"
#include "engine/name_normalizer.h"
#include "query/resolve.h"

namespace lkg::cli {
namespace {

std::string Now() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

std::string User() {
  const char* u = std::getenv("USER");
  return u && *u ? u : "cli";
}

struct Opened {
  std::unique_ptr<GraphStore> store;
  std::vector<NodeKey> nodes;
};

// Opens the store for writing and resolves the first `count` positionals to nodes.
Result<Opened> OpenWithNodes(CommandContext& ctx, const ParsedArgs& args, size_t count) {
  Result<std::unique_ptr<GraphStore>> store = OpenStore(ctx, false);
  if (!store.ok()) return store.status();
  Opened out{std::move(store).value(), {}};
  std::unique_ptr<GraphReader> reader = out.store->NewReader();
  for (size_t i = 0; i < count; ++i) {
    Result<NodeKey> key = query::ResolveExactNode(*reader, args.positionals[i]);
    if (!key.ok()) return key.status();
    out.nodes.push_back(*key);
  }
  return out;
}

Result<ParsedArgs> TwoArgs(CommandContext& ctx, const char* command, const char* what) {
  Result<ParsedArgs> args = ParseArgs(ctx.args, {});
  if (args.ok() && args->positionals.size() != 2) {
    return Status::InvalidArgument(std::string(command) + " needs " + what);
  }
  return args;
}

int RunMerge(CommandContext& ctx) {
  Result<ParsedArgs> args = TwoArgs(ctx, "merge", "two nodes: A (kept) and B (folded into A)");
  if (!args.ok()) return ReportUsage(ctx, "merge", args.status().message());
  Result<Opened> opened = OpenWithNodes(ctx, *args, 2);
  if (!opened.ok()) return ReportError(ctx, opened.status());
  auto [keep, fold] = std::pair(opened->nodes[0], opened->nodes[1]);
  if (keep == fold) return ReportError(ctx, Status::InvalidArgument("A and B are the same node " + FormatNodeId(keep)));
  Result<Node> a = opened->store->NewReader()->GetNode(keep);
  Result<Node> b = opened->store->NewReader()->GetNode(fold);
  if (a.ok() && b.ok() && a->type != b->type) {
    return ReportError(ctx, Status::InvalidArgument("cannot merge a " + std::string(NodeTypeName(b->type)) +
                                                    " into a " + std::string(NodeTypeName(a->type))));
  }
  Status s = opened->store->MergeNodes(keep, fold);
  if (!s.ok()) return ReportError(ctx, s);
  s = opened->store->AddDecision({ResolutionDecision::Kind::kMerge, keep, fold, "", User(), Now()});
  if (!s.ok()) return ReportError(ctx, s);
  *ctx.out << "merged " << FormatNodeId(fold) << " into " << FormatNodeId(keep)
           << " (decision stored; later ingests keep them merged)\n";
  return kExitOk;
}

int RunDistinct(CommandContext& ctx) {
  Result<ParsedArgs> args = TwoArgs(ctx, "distinct", "two nodes A and B");
  if (!args.ok()) return ReportUsage(ctx, "distinct", args.status().message());
  Result<Opened> opened = OpenWithNodes(ctx, *args, 2);
  if (!opened.ok()) return ReportError(ctx, opened.status());
  if (opened->nodes[0] == opened->nodes[1]) {
    return ReportError(ctx, Status::InvalidArgument("A and B are the same node " + FormatNodeId(opened->nodes[0]) +
                                                    "; use `lkg split` to take an alias off it"));
  }
  Status s = opened->store->AddDecision(
      {ResolutionDecision::Kind::kDistinct, opened->nodes[0], opened->nodes[1], "", User(), Now()});
  if (!s.ok()) return ReportError(ctx, s);
  *ctx.out << "recorded: " << FormatNodeId(opened->nodes[0]) << " and " << FormatNodeId(opened->nodes[1])
           << " are different entities (later ingests will not merge them)\n";
  return kExitOk;
}

// Moves `alias` from `node` to a node of its own, with the evidence whose sentence names it.
Status SplitAlias(GraphStore& store, const Node& node, const std::string& alias, NodeKey* created) {
  std::unique_ptr<GraphReader> reader = store.NewReader();
  Result<std::vector<Evidence>> evidence = reader->NodeEvidence(node.key, 1000);
  if (!evidence.ok()) return evidence.status();
  Node updated = node;
  std::erase_if(updated.aliases, [&](const std::string& a) { return NormalizeName(a) == NormalizeName(alias); });
  LKG_RETURN_IF_ERROR(store.UpdateNode(updated));
  LKG_RETURN_IF_ERROR(store.AddDecision({ResolutionDecision::Kind::kSplit, node.key, 0, alias, User(), Now()}));
  Node fresh;
  fresh.type = node.type;
  fresh.name = alias;
  fresh.key = EntityKey(node.type, alias);
  fresh.properties["resolution"] = "split off " + FormatNodeId(node.key) + " by a manual decision";
  *created = fresh.key;
  for (const Evidence& e : *evidence) {
    if (e.sentence.find(alias) == std::string::npos) continue;
    Result<Document> doc = reader->GetDocument(e.document);
    if (!doc.ok()) continue;
    DocumentFacts facts;
    facts.document = std::move(doc).value();
    Evidence manual = e;
    manual.extractor = "manual:" + User();
    facts.nodes.push_back({fresh, {manual}});
    ApplyOptions options;
    options.append = true;
    Result<ApplyResult> r = store.Apply(facts, options);
    if (!r.ok()) return r.status();
  }
  return Status::Ok();
}

int RunSplit(CommandContext& ctx) {
  Result<ParsedArgs> args = TwoArgs(ctx, "split", "a NODE and the ALIAS to split off it");
  if (!args.ok()) return ReportUsage(ctx, "split", args.status().message());
  Result<Opened> opened = OpenWithNodes(ctx, *args, 1);
  if (!opened.ok()) return ReportError(ctx, opened.status());
  Result<Node> node = opened->store->NewReader()->GetNode(opened->nodes[0]);
  if (!node.ok()) return ReportError(ctx, node.status());
  const std::string& alias = args->positionals[1];
  bool has = false;
  for (const std::string& a : node->aliases) has = has || NormalizeName(a) == NormalizeName(alias);
  if (!has) {
    return ReportError(ctx, Status::NotFound("node " + FormatNodeId(node->key) + " (" + node->name +
                                             ") has no alias '" + alias + "'"));
  }
  NodeKey created = 0;
  Status s = SplitAlias(*opened->store, *node, alias, &created);
  if (!s.ok()) return ReportError(ctx, s);
  *ctx.out << "split '" << alias << "' off " << FormatNodeId(node->key) << " into " << FormatNodeId(created)
           << " (decision stored; later ingests keep them apart)\n";
  return kExitOk;
}

}  // namespace

extern const CommandSpec kMergeCommand;
const CommandSpec kMergeCommand = {
    "merge", "A B", "merge node B into node A (persists across re-ingest)",
    "A and B are node ids (n:…) or exact names/aliases of one node each. B's aliases,\n"
    "evidence and edges move to A and B disappears. The decision is stored: later ingests\n"
    "that find B's name resolve it to A.",
    RunMerge};
extern const CommandSpec kSplitCommand;
const CommandSpec kSplitCommand = {
    "split", "NODE ALIAS", "split an alias off into its own node",
    "Takes ALIAS off NODE and makes it a node of its own (same type), with the evidence\n"
    "whose sentence names it. The decision is stored: later ingests keep them apart.",
    RunSplit};
extern const CommandSpec kDistinctCommand;
const CommandSpec kDistinctCommand = {
    "distinct", "A B", "record that A and B are different entities",
    "Stores that nodes A and B are different entities: later ingests never resolve one\n"
    "into the other, even when names, aliases or spellings agree.",
    RunDistinct};

}  // namespace lkg::cli
