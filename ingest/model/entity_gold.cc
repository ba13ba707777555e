#include "ingest/model/entity_gold.h"

#include <algorithm>

#include "engine/schema.h"
#include "ingest/model/entity_tagger.h"
#include "ingest/readers/article.h"
#include "ingest/readers/boilerplate.h"
#include "ingest/readers/text_normalizer.h"
#include "ingest/resources.h"
#include "ingest/text/norm_key.h"

namespace lkg::ingest::model {
namespace {

struct GoldName {
  std::vector<std::string> words;  // NormKey of each word token
  int begin_tag = 0;               // the B- tag index; the I- tag is begin_tag + 1
};

std::vector<std::string> WordNorms(const std::string& name) {
  std::vector<std::string> out;
  for (const Token& t : Tokenize(name, 0, static_cast<uint32_t>(name.size()))) {
    if (t.word && !t.norm.empty()) out.push_back(t.norm);
  }
  return out;
}

// Demonyms of the country whose name or alias keys are `keys` (demonyms.tsv).
std::vector<std::string> DemonymsOf(const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  std::string_view data = LkgIngestResource("demonyms.tsv");
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = std::min(data.find('\n', pos), data.size());
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
    std::string country = NormKey(line.substr(tab + 1));
    if (std::find(keys.begin(), keys.end(), country) != keys.end()) out.emplace_back(line.substr(0, tab));
  }
  return out;
}

std::vector<GoldName> GoldNames(const AnnotatedArticle& article) {
  std::vector<GoldName> out;
  const std::vector<std::string>& labels = EntityTagLabels();
  for (const GoldNode& node : article.nodes) {
    int begin = static_cast<int>(std::find(labels.begin(), labels.end(), "B-" + node.type) - labels.begin());
    std::vector<std::string> names = node.aliases;
    names.push_back(node.name);
    if (node.type == "person") {
      size_t sp = node.name.find_last_of(' ');
      if (sp != std::string::npos && node.name.size() - sp > 3) names.push_back(node.name.substr(sp + 1));
    }
    if (node.type == "country") {
      std::vector<std::string> keys;
      for (const std::string& n : names) keys.push_back(NormKey(n));
      for (std::string& d : DemonymsOf(keys)) names.push_back(std::move(d));
    }
    for (const std::string& n : names) {
      std::vector<std::string> words = WordNorms(n);
      if (!words.empty()) out.push_back({std::move(words), begin});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const GoldName& a, const GoldName& b) { return a.words.size() > b.words.size(); });
  return out;
}

// Tags the longest gold names first; a match must start on a capitalised word.
std::vector<int> TagSentence(const Sentence& s, const std::vector<GoldName>& names) {
  const std::vector<Token>& t = s.tokens;
  std::vector<int> tags(t.size(), 0);
  std::vector<size_t> words;  // token indices of word tokens
  for (size_t i = 0; i < t.size(); ++i) if (t[i].word && !t[i].norm.empty()) words.push_back(i);
  for (const GoldName& name : names) {
    const size_t n = name.words.size();
    for (size_t w = 0; w + n <= words.size(); ++w) {
      const Token& first = t[words[w]];
      if (!(first.upper || first.caps || first.number)) continue;
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) match = t[words[w + k]].norm == name.words[k];
      if (!match) continue;
      size_t a = words[w], b = words[w + n - 1] + 1;
      bool free = std::all_of(tags.begin() + a, tags.begin() + b, [](int x) { return x == 0; });
      if (!free) continue;
      for (size_t k = a; k < b; ++k) tags[k] = k == a ? name.begin_tag : name.begin_tag + 1;
    }
  }
  return tags;
}

}  // namespace

Result<std::unique_ptr<GoldTaggedArticle>> TagGold(const AnnotatedArticle& article) {
  Result<std::string> normalized = NormalizeArticleText(article.text);
  if (!normalized.ok()) return Status::InvalidArgument(article.path + ": " + normalized.status().message());
  auto out = std::make_unique<GoldTaggedArticle>();
  out->text = TidyWhitespace(StripBoilerplate(*normalized));
  for (const Section& section : SplitSections(out->text, "")) {
    for (Sentence& s : SplitSentences(out->text, section.start, section.end)) out->sentences.push_back(std::move(s));
  }
  out->context = BuildMentionContext(out->sentences);
  std::vector<GoldName> names = GoldNames(article);
  for (const Sentence& s : out->sentences) out->gold.push_back(TagSentence(s, names));
  return out;
}

}  // namespace lkg::ingest::model
