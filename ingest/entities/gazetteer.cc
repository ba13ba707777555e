#include "ingest/entities/gazetteer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "ingest/text/norm_key.h"
#include "ingest/resources.h"

namespace lkg::ingest {
namespace {

// Calls fn(fields) for each non-comment line of resource `name`, split on tabs.
template <typename Fn>
void ForEachLine(std::string_view name, Fn fn) {
  std::string_view data = LkgIngestResource(name);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields;
    size_t f = 0;
    while (true) {
      size_t tab = line.find('\t', f);
      fields.push_back(line.substr(f, tab == std::string_view::npos ? std::string_view::npos : tab - f));
      if (tab == std::string_view::npos) break;
      f = tab + 1;
    }
    fn(fields);
  }
}

std::vector<std::string> SplitBar(std::string_view s) {
  std::vector<std::string> out;
  size_t f = 0;
  while (f <= s.size()) {
    size_t bar = s.find('|', f);
    if (bar == std::string_view::npos) bar = s.size();
    if (bar > f) out.emplace_back(s.substr(f, bar - f));
    f = bar + 1;
  }
  return out;
}

// "S.A." -> "SA", "Co., Ltd" -> "Co, Ltd": dots out, spaces kept.
std::string LegalKey(std::string_view s) {
  std::string out;
  for (char c : s) if (c != '.') out.push_back(c);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t WordCount(std::string_view norm) {
  return norm.empty() ? 0 : 1 + static_cast<size_t>(std::count(norm.begin(), norm.end(), ' '));
}

}  // namespace

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer instance;
  return instance;
}

Gazetteer::Gazetteer() {
  LoadCountries();
  LoadKnown();
  LoadDemonyms();
  LoadAcronyms();
  ForEachLine("places.tsv", [&](const auto& f) { places_.insert(NormKey(f[0])); });
  ForEachLine("cities.tsv", [&](const auto& f) {
    places_.insert(NormKey(f[0]));
    if (f.size() > 1) city_countries_.emplace(NormKey(f[0]), f[1]);
  });
  ForEachLine("not_union_names.txt", [&](const auto& f) { not_union_phrases_.emplace_back(f[0]); });
  ForEachLine("legal_forms.txt", [&](const auto& f) { legal_forms_.insert(LegalKey(f[0])); });
  for (const char* extra : {"Ltd", "LLC", "Inc", "Corp", "Co", "PLC", "plc", "GmbH", "AG", "SA", "NV", "BV",
                            "JSC", "OJSC", "CJSC", "PJSC", "LLP", "Pty Ltd", "Pvt Ltd", "Limited", "Corporation",
                            "Incorporated", "Company", "SpA", "SAS", "SARL", "AB", "ASA", "Oyj", "KK", "Tbk", "Bhd"}) {
    legal_forms_.insert(extra);
  }
  for (const std::string& form : legal_forms_) {
    std::string lower = form;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    legal_forms_lower_.insert(lower);
  }
  ForEachLine("union_cue_words.txt", [&](const auto& f) { union_cues_.insert(std::string(f[0])); });
  ForEachLine("roles.txt", [&](const auto& f) { roles_.insert(std::string(f[0])); });
  ForEachLine("first_names.txt", [&](const auto& f) {
    std::string_view line = f[0];
    size_t p = 0;
    while (p < line.size()) {
      size_t sp = line.find(' ', p);
      if (sp == std::string_view::npos) sp = line.size();
      if (sp > p) first_names_.insert(std::string(line.substr(p, sp - p)));
      p = sp + 1;
    }
  });
}

void Gazetteer::AddKeys(const KnownEntity* e, std::unordered_map<std::string, const KnownEntity*>& index) {
  auto add = [&](const std::string& n) {
    std::string key = NormKey(n);
    if (key.empty()) return;
    index.emplace(key, e);
    for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1)) {
      prefixes_.insert(key.substr(0, sp));
    }
    max_phrase_words_ = std::max(max_phrase_words_, WordCount(key));
  };
  add(e->name);
  for (const std::string& a : e->aliases) add(a);
}

void Gazetteer::LoadCountries() {
  ForEachLine("countries.tsv", [&](const auto& f) {
    if (f.size() < 3) return;
    auto e = std::make_unique<KnownEntity>();
    e->type = NodeType::kCountry;
    e->name = std::string(f[0]);
    e->code = std::string(f[1]);
    for (std::string& a : SplitBar(f[2])) {
      if (a != e->name && std::find(e->aliases.begin(), e->aliases.end(), a) == e->aliases.end()) {
        e->aliases.push_back(std::move(a));
      }
    }
    AddKeys(e.get(), countries_);
    entities_.push_back(std::move(e));
  });
}

void Gazetteer::LoadKnown() {
  ForEachLine("known_entities.tsv", [&](const auto& f) {
    if (f.size() < 2) return;
    auto e = std::make_unique<KnownEntity>();
    std::optional<NodeType> type = ParseNodeType(f[0]);
    if (!type) return;
    e->type = *type;
    e->name = std::string(f[1]);
    if (f.size() > 2) e->aliases = SplitBar(f[2]);
    AddKeys(e.get(), known_);
    entities_.push_back(std::move(e));
  });
}

void Gazetteer::LoadDemonyms() {
  ForEachLine("demonyms.tsv", [&](const auto& f) {
    if (f.size() < 2) return;
    const KnownEntity* c = Country(NormKey(f[1]));
    if (c != nullptr) demonyms_.emplace(NormKey(f[0]), c);
  });
}

void Gazetteer::LoadAcronyms() {
  ForEachLine("acronyms.tsv", [&](const auto& f) {
    if (f.size() < 4) return;
    const KnownEntity* e = Known(NormKey(f[1]));
    if (e == nullptr) return;  // tests/ingest/entities/acronym_senses_test.cc checks every row resolves
    std::string key = NormKey(f[0]);
    AcronymSense sense;
    sense.entity = e;
    sense.end_year = f[2].empty() ? 0 : std::atoi(std::string(f[2]).c_str());
    sense.context = SplitBar(f[3]);
    std::vector<AcronymSense>& senses = acronyms_[key];
    if (senses.empty()) known_.emplace(key, e);  // the default reading
    senses.push_back(std::move(sense));
  });
}

const std::vector<AcronymSense>* Gazetteer::AcronymSenses(std::string_view norm) const {
  auto it = acronyms_.find(std::string(norm));
  return it == acronyms_.end() || it->second.size() < 2 ? nullptr : &it->second;
}

const KnownEntity* Gazetteer::Country(std::string_view norm) const {
  auto it = countries_.find(std::string(norm));
  return it == countries_.end() ? nullptr : it->second;
}

const KnownEntity* Gazetteer::Known(std::string_view norm) const {
  auto it = known_.find(std::string(norm));
  return it == known_.end() ? nullptr : it->second;
}

const KnownEntity* Gazetteer::Demonym(std::string_view norm) const {
  auto it = demonyms_.find(std::string(norm));
  return it == demonyms_.end() ? nullptr : it->second;
}

const KnownEntity* Gazetteer::CountryByName(std::string_view name) const { return Country(NormKey(name)); }

const KnownEntity* Gazetteer::CityCountry(std::string_view norm) const {
  auto it = city_countries_.find(std::string(norm));
  return it == city_countries_.end() ? nullptr : CountryByName(it->second);
}

bool Gazetteer::IsLegalForm(std::string_view surface) const {
  return legal_forms_.count(LegalKey(surface)) > 0;
}

bool Gazetteer::IsLegalFormWord(std::string_view lower) const { return legal_forms_lower_.count(LegalKey(lower)) > 0; }

}  // namespace lkg::ingest
