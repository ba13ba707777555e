#include "engine/mutation.h"

#include <memory>

#include <rocksdb/write_batch.h>

#include "engine/node_index.h"
#include "engine/record_codec.h"

namespace lkg::internal {
Status Mutation::Scan(Cf cf, const std::string& prefix,
                      const std::function<void(std::string_view, std::string_view)>& fn) const {
  rocksdb::ReadOptions read;
  SetScanMode(read, cf, prefix);
  std::unique_ptr<rocksdb::Iterator> it(db_.db()->NewIterator(read, db_.cf(cf)));
  for (it->Seek(prefix); it->Valid(); it->Next()) {
    std::string_view key(it->key().data(), it->key().size());
    if (!HasPrefix(key, prefix)) break;
    fn(key, std::string_view(it->value().data(), it->value().size()));
  }
  return FromRocks(it->status(), std::string("cannot scan ") + CfName(cf));
}

Result<Mutation::Slot<Node>*> Mutation::NodeSlot(NodeKey key) {
  auto it = nodes_.find(key);
  if (it != nodes_.end()) return &it->second;
  std::string value;
  rocksdb::Status s = db_.db()->Get(rocksdb::ReadOptions(), db_.cf(Cf::kNodes), Key64(key), &value);
  Slot<Node> slot;
  if (s.ok()) {
    auto node = DecodeNode(key, value);
    if (!node.ok()) return node.status();
    slot.original = *node;
    slot.current = std::move(*node);
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "cannot read node " + FormatNodeId(key));
  }
  return &nodes_.emplace(key, std::move(slot)).first->second;
}

Result<Mutation::Slot<Edge>*> Mutation::EdgeSlot(EdgeKey key) {
  auto it = edges_.find(key);
  if (it != edges_.end()) return &it->second;
  std::string value;
  rocksdb::Status s = db_.db()->Get(rocksdb::ReadOptions(), db_.cf(Cf::kEdges), Key64(key), &value);
  Slot<Edge> slot;
  if (s.ok()) {
    auto edge = DecodeEdge(key, value);
    if (!edge.ok()) return edge.status();
    slot.original = *edge;
    slot.current = std::move(*edge);
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "cannot read edge " + FormatEdgeId(key));
  }
  return &edges_.emplace(key, std::move(slot)).first->second;
}

Result<Node*> Mutation::FindNode(NodeKey key) {
  auto slot = NodeSlot(key);
  if (!slot.ok()) return slot.status();
  return (*slot)->current ? &*(*slot)->current : static_cast<Node*>(nullptr);
}

Result<Edge*> Mutation::FindEdge(EdgeKey key) {
  auto slot = EdgeSlot(key);
  if (!slot.ok()) return slot.status();
  return (*slot)->current ? &*(*slot)->current : static_cast<Edge*>(nullptr);
}

Node* Mutation::CreateNode(Node node) {
  Slot<Node>& slot = nodes_[node.key];  // the caller checked absence through FindNode
  slot.current = std::move(node);
  return &*slot.current;
}

Edge* Mutation::CreateEdge(Edge edge) {
  Slot<Edge>& slot = edges_[edge.key];
  slot.current = std::move(edge);
  return &*slot.current;
}

void Mutation::DeleteNode(NodeKey key) {
  auto it = nodes_.find(key);
  if (it != nodes_.end()) it->second.current.reset();
}

void Mutation::DeleteEdge(EdgeKey key) {
  auto it = edges_.find(key);
  if (it != edges_.end()) it->second.current.reset();
}

Result<std::vector<Adjacent>> Mutation::AdjacentOf(NodeKey node) {
  std::vector<Adjacent> out;
  for (bool outgoing : {true, false}) {
    Status s = Scan(outgoing ? Cf::kOut : Cf::kIn, AdjacencyPrefix(node),
                    [&](std::string_view key, std::string_view value) {
                      if (key.size() != 17 || value.size() != 8) return;
                      EdgeKey edge = GetBigEndian64(key.data() + 9);
                      auto it = edges_.find(edge);
                      if (it != edges_.end() && !it->second.current) return;
                      out.push_back({edge, static_cast<EdgeType>(key[8]), GetBigEndian64(value.data()), outgoing});
                    });
    LKG_RETURN_IF_ERROR(s);
    for (const auto& [key, slot] : edges_) {
      if (slot.original || !slot.current) continue;
      const Edge& e = *slot.current;
      if ((outgoing ? e.source : e.target) != node) continue;
      out.push_back({key, e.type, outgoing ? e.target : e.source, outgoing});
    }
  }
  return out;
}

Result<Mutation::KeySlot*> Mutation::LoadKey(std::map<std::string, KeySlot>& slots, Cf cf, const std::string& key) {
  auto it = slots.find(key);
  if (it != slots.end()) return &it->second;
  std::string value;
  rocksdb::Status s = db_.db()->Get(rocksdb::ReadOptions(), db_.cf(cf), key, &value);
  KeySlot slot;
  if (s.ok()) {
    slot.existed = true;
    slot.value = std::move(value);
  } else if (!s.IsNotFound()) {
    return FromRocks(s, std::string("cannot read ") + CfName(cf));
  }
  return &slots.emplace(key, std::move(slot)).first->second;
}

bool Mutation::IsNewNode(NodeKey key) const {
  auto it = nodes_.find(key);
  return it != nodes_.end() && !it->second.original;
}

bool Mutation::IsNewEdge(EdgeKey key) const {
  auto it = edges_.find(key);
  return it != edges_.end() && !it->second.original;
}

Result<bool> Mutation::HasEvidence(const std::string& key, bool may_be_stored) {
  if (!may_be_stored) {
    auto it = evidence_.find(key);
    if (it != evidence_.end()) return it->second.value.has_value();
    evidence_.emplace(key, KeySlot{});
    return false;
  }
  auto slot = LoadKey(evidence_, Cf::kEvidence, key);
  if (!slot.ok()) return slot.status();
  return (*slot)->value.has_value();
}

void Mutation::PutEvidence(const std::string& key, std::string value) {
  KeySlot& slot = evidence_[key];  // callers load it first through HasEvidence/EvidenceUnder
  slot.value = std::move(value);
}

void Mutation::DeleteEvidence(const std::string& key) {
  auto it = evidence_.find(key);
  if (it != evidence_.end()) it->second.value.reset();
}

Result<std::map<std::string, std::string>> Mutation::EvidenceUnder(const std::string& prefix) {
  std::map<std::string, std::string> out;
  LKG_RETURN_IF_ERROR(Scan(Cf::kEvidence, prefix, [&](std::string_view key, std::string_view value) {
    out.emplace(std::string(key), std::string(value));
  }));
  for (const auto& [key, value] : out) {
    if (!evidence_.count(key)) evidence_.emplace(key, KeySlot{true, value});
  }
  for (auto it = evidence_.lower_bound(prefix); it != evidence_.end() && HasPrefix(it->first, prefix); ++it) {
    if (it->second.value) out[it->first] = *it->second.value;
    else out.erase(it->first);
  }
  return out;
}

void Mutation::PutDocFact(const std::string& key) { doc_facts_[key].value = std::string(); }

void Mutation::DeleteDocFact(const std::string& key) { doc_facts_[key].value.reset(); }

Result<std::vector<std::string>> Mutation::DocFactsOf(DocKey doc) {
  std::string prefix = Key64(doc);
  std::map<std::string, bool> present;
  LKG_RETURN_IF_ERROR(Scan(Cf::kDocFacts, prefix, [&](std::string_view key, std::string_view) {
    present[std::string(key)] = true;
  }));
  for (auto it = doc_facts_.lower_bound(prefix); it != doc_facts_.end() && HasPrefix(it->first, prefix); ++it) {
    present[it->first] = it->second.value.has_value();
  }
  std::vector<std::string> out;
  for (const auto& [key, live] : present) {
    if (live) out.push_back(key);
  }
  return out;
}

Result<Mutation::DocSlot*> Mutation::DocumentSlot(DocKey key) {
  auto it = docs_.find(key);
  if (it != docs_.end()) return &it->second;
  std::string value;
  rocksdb::Status s = db_.db()->Get(rocksdb::ReadOptions(), db_.cf(Cf::kDocs), Key64(key), &value);
  DocSlot slot;
  if (s.ok()) {
    auto doc = DecodeDocumentMeta(key, value);
    if (!doc.ok()) return doc.status();
    slot.original = std::move(*doc);
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "cannot read document " + FormatDocId(key));
  }
  slot.current = slot.original;
  return &docs_.emplace(key, std::move(slot)).first->second;
}

Result<bool> Mutation::HasDocument(DocKey key) {
  auto slot = DocumentSlot(key);
  if (!slot.ok()) return slot.status();
  return (*slot)->current.has_value();
}

Result<std::optional<Document>> Mutation::GetDocumentMeta(DocKey key) {
  auto slot = DocumentSlot(key);
  if (!slot.ok()) return slot.status();
  return (*slot)->current;
}

void Mutation::PutDocument(Document doc) {
  auto slot = DocumentSlot(doc.key);
  if (!slot.ok()) {
    docs_[doc.key].current = std::move(doc);
    return;
  }
  (*slot)->touched = true;
  (*slot)->current = std::move(doc);
}

void Mutation::DeleteDocument(DocKey key) {
  auto it = docs_.find(key);
  if (it == docs_.end()) return;
  it->second.touched = true;
  it->second.current.reset();
}

Result<std::optional<DocKey>> Mutation::FindUrl(const std::string& url) {
  if (url.empty()) return std::optional<DocKey>();
  for (const auto& [key, slot] : docs_) {
    if (slot.current && slot.current->url == url) return std::optional<DocKey>(key);
  }
  std::string value;
  rocksdb::Status s = db_.db()->Get(rocksdb::ReadOptions(), db_.cf(Cf::kDocUrls), url, &value);
  if (s.IsNotFound()) return std::optional<DocKey>();
  if (!s.ok()) return FromRocks(s, "cannot read the url index");
  if (value.size() != 8) return Status::Corruption("url index entry for '" + url + "' is malformed");
  DocKey key = GetBigEndian64(value.data());
  auto it = docs_.find(key);
  if (it != docs_.end() && (!it->second.current || it->second.current->url != url)) return std::optional<DocKey>();
  return std::optional<DocKey>(key);
}

void Mutation::PutRaw(Cf cf, std::string key, std::string value) {
  raw_.emplace_back(cf, std::move(key), std::move(value));
}

MutationSummary Mutation::Summarize() const {
  MutationSummary s;
  for (const auto& [key, slot] : nodes_) {
    if (!slot.original && slot.current) ++(slot.current->type == NodeType::kCase ? s.cases_added : s.nodes_added);
    if (slot.original && !slot.current) ++s.nodes_removed;
  }
  for (const auto& [key, slot] : edges_) {
    if (!slot.original && slot.current) ++s.edges_added;
    if (slot.original && !slot.current) ++s.edges_removed;
  }
  for (const auto& [key, slot] : evidence_) {
    if (!slot.existed && slot.value) ++s.evidence_added;
    if (slot.existed && !slot.value) ++s.evidence_removed;
  }
  return s;
}

}  // namespace lkg::internal
