#include "ingest/entities/entity_table.h"

#include <algorithm>

#include "ingest/text/norm_key.h"
#include "ingest/entities/gazetteer.h"

namespace lkg::ingest {
namespace {

constexpr size_t kMaxEvidencePerEntity = 4;

std::string LastWord(const std::string& name) {
  size_t sp = name.find_last_of(' ');
  return sp == std::string::npos ? "" : name.substr(sp + 1);
}

}  // namespace

std::string WithoutLegalForm(const std::string& name) {
  std::string n = name;
  while (!n.empty() && (n.back() == '.' || n.back() == ',')) n.pop_back();
  size_t sp = n.find_last_of(' ');
  if (sp == std::string::npos) return "";
  if (!Gazetteer::Get().IsLegalForm(n.substr(sp + 1))) return "";
  std::string head = n.substr(0, sp);
  while (!head.empty() && (head.back() == ',' || head.back() == ' ')) head.pop_back();
  return head;
}

void EntityTable::AddKey(const std::string& name, int index) {
  std::string key = NormKey(name);
  if (!key.empty()) by_key_.emplace(key, index);
}

void EntityTable::AddAlias(int index, const std::string& alias) {
  ArticleEntity& e = entities_[index];
  std::string key = NormKey(alias);
  if (key.empty() || !e.keys.insert(key).second) return;
  e.aliases.push_back(alias);
  by_key_.emplace(std::move(key), index);
}

int EntityTable::AddTyped(const Mention& m, const Evidence& evidence) {
  int index = Lookup(m.name);
  if (index >= 0 && entities_[index].type != *m.type) {
    // One name, two types: the first reading stays, unless this is a gazetteer entity.
    if (!m.known) {
      AddMention(index, m.name, evidence);
      return index;
    }
    index = -1;
  }
  if (index < 0 && !m.acronym.empty()) {
    int by_acronym = Lookup(m.acronym);
    if (by_acronym >= 0 && entities_[by_acronym].type == *m.type) index = by_acronym;
  }
  if (index < 0) {
    index = static_cast<int>(entities_.size());
    ArticleEntity e;
    e.type = *m.type;
    e.name = m.name;
    e.known = m.known;
    e.keys.insert(NormKey(m.name));
    entities_.push_back(std::move(e));
    AddKey(m.name, index);
    for (const std::string& a : m.known_aliases) AddAlias(index, a);
  } else if (!entities_[index].known && m.name.size() > entities_[index].name.size() && !m.known) {
    // The fullest name becomes the name; the shorter one an alias.
    std::string old = entities_[index].name;
    entities_[index].name = m.name;
    entities_[index].keys.insert(NormKey(m.name));
    AddKey(m.name, index);
    entities_[index].keys.erase(NormKey(old));
    AddAlias(index, old);
  }
  ArticleEntity& e = entities_[index];
  e.confidence = std::max(e.confidence, m.confidence);
  if (e.inner_country.empty()) e.inner_country = m.inner_country;
  if (m.known && !m.known_aliases.empty() && NormKey(m.known_aliases.back()) != NormKey(m.name)) {
    AddAlias(index, m.known_aliases.back());  // the surface form, when it differs
  }
  if (!m.acronym.empty()) AddAlias(index, m.acronym);
  if (e.type == NodeType::kCompany) {
    std::string short_form = WithoutLegalForm(m.name);
    if (!short_form.empty()) AddKey(short_form, index);
  }
  if (e.type == NodeType::kPerson) {
    std::string surname = NormKey(LastWord(m.name));
    if (!surname.empty()) {
      auto [it, inserted] = by_surname_.emplace(surname, index);
      if (!inserted && it->second != index) it->second = -2;
    }
    size_t space = m.name.find(' ');
    if (space != std::string::npos) {  // "Kim" for "Kim Myeong-hwan", "Taslima" for "Taslima Akter"
      auto [it, inserted] = by_first_word_.emplace(NormKey(m.name.substr(0, space)), index);
      if (!inserted && it->second != index) it->second = -2;
    }
  }
  AddMention(index, m.name, evidence);
  return index;
}

int EntityTable::Lookup(const std::string& name) const {
  std::string key = NormKey(name);
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  if (key.find(' ') == std::string::npos) {
    auto s = by_surname_.find(key);
    if (s != by_surname_.end() && s->second >= 0) return s->second;
  }
  return -1;
}

std::vector<int> EntityTable::FoldSurnames() {
  std::vector<int> target(entities_.size());
  for (size_t i = 0; i < entities_.size(); ++i) target[i] = static_cast<int>(i);
  for (size_t i = 0; i < entities_.size(); ++i) {
    ArticleEntity& e = entities_[i];
    if (e.type != NodeType::kPerson || e.name.find(' ') != std::string::npos) continue;
    auto it = by_surname_.find(NormKey(e.name));
    if (it == by_surname_.end() || it->second < 0) {
      it = by_first_word_.find(NormKey(e.name));
      if (it == by_first_word_.end() || it->second < 0) continue;
    }
    if (it->second == static_cast<int>(i)) continue;
    int full = it->second;
    target[i] = full;
    e.merged_into = full;
    ArticleEntity& f = entities_[full];
    f.mentions += e.mentions;
    for (const Evidence& ev : e.evidence) {
      if (f.evidence.size() < kMaxEvidencePerEntity) f.evidence.push_back(ev);
    }
    AddAlias(full, e.name);
  }
  return target;
}

void EntityTable::AddMention(int index, const std::string& surface, const Evidence& evidence) {
  ArticleEntity& e = entities_[index];
  ++e.mentions;
  if (e.type == NodeType::kPerson && surface.find(' ') == std::string::npos) AddAlias(index, surface);
  if (e.type == NodeType::kCompany && NormKey(surface) != NormKey(e.name)) {
    std::string stripped = WithoutLegalForm(e.name);
    if (NormKey(stripped) == NormKey(surface)) AddAlias(index, surface);
  }
  if (e.evidence.size() < kMaxEvidencePerEntity) e.evidence.push_back(evidence);
}

}  // namespace lkg::ingest
