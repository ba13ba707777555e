// The learned entity tagger: candidate runs, BIO decoding, training on
// annotated articles (deterministic), and how its spans join the rules'.
#include <doctest/doctest.h>

#include "ingest/model/entity_gold.h"
#include "ingest/model/entity_tagger.h"
#include "ingest/model/mention_combiner.h"

namespace lkg::ingest::model {
namespace {

AnnotatedArticle Article(const std::string& text, std::vector<GoldNode> nodes) {
  AnnotatedArticle a;
  a.path = "synthetic.json";
  a.text = text;
  a.nodes = std::move(nodes);
  return a;
}

// Made-up names the gazetteers do not know, in a few repeated shapes.
std::vector<AnnotatedArticle> ToyCorpus() {
  std::vector<AnnotatedArticle> out;
  const char* people[] = {"Arvo Kesselring", "Mirta Salgado", "Tomas Varga", "Lene Brask"};
  const char* unions[] = {"Harbour Pilots Guild", "Ferrymen Guild", "Lock Keepers Guild", "Tram Drivers Guild"};
  const char* firms[] = {"Norvex Shipping", "Caldera Freight", "Belmont Tankers", "Ostra Lines"};
  for (int i = 0; i < 4; ++i) {
    for (int j = 0; j < 4; ++j) {
      std::string p = people[(i + j) % 4], u = unions[i], f = firms[j];
      out.push_back(Article(p + ", leader of the " + u + ", said workers at " + f + " will strike. " + f +
                                " refused to talk to " + p + ".",
                            {{"person", p, {}}, {"union", u, {}}, {"company", f, {}}}));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("entity tagger: candidate runs are capitalised words with their connectors, not a lone opener") {
  std::string text = "However, the National Union of Mine Workers met AT & T managers in Accra and the Bank.";
  std::vector<Sentence> s = SplitSentences(text, 0, static_cast<uint32_t>(text.size()));
  REQUIRE(s.size() == 1);
  std::vector<std::string> runs;
  for (auto [a, b] : CandidateRuns(s[0])) {
    runs.emplace_back(text.substr(s[0].tokens[a].start, s[0].tokens[b - 1].end - s[0].tokens[a].start));
  }
  CHECK(runs == std::vector<std::string>{"National Union of Mine Workers", "AT & T", "Accra and the Bank"});
}

TEST_CASE("entity tagger: gold names are aligned to the text, longest first, surnames and demonyms included") {
  auto tagged = TagGold(Article("Mirta Salgado of the Harbour Pilots Guild met Salgado's Ghanaian lawyers.",
                                {{"person", "Mirta Salgado", {}}, {"union", "Harbour Pilots Guild", {"Guild"}},
                                 {"country", "Ghana", {}}}));
  REQUIRE(tagged.ok());
  const auto& labels = EntityTagLabels();
  std::vector<std::string> tags;
  const GoldTaggedArticle& a = **tagged;
  for (size_t k = 0; k < a.sentences[0].tokens.size(); ++k) {
    if (a.sentences[0].tokens[k].word) tags.push_back(labels[a.gold[0][k]]);
  }
  CHECK(tags == std::vector<std::string>{"B-person", "I-person", "O", "O", "B-union", "I-union", "I-union", "O",
                                         "B-person", "B-country", "O"});
}

TEST_CASE("entity tagger: learns names it was shown and tags unseen ones of the same shape") {
  Result<LinearModel> model = TrainEntityTagger(ToyCorpus());
  REQUIRE(model.ok());
  CHECK(IsEntityTagModel(*model));
  EntityTagger tagger(*model);
  std::string text = "Ines Morland, leader of the Dock Cranes Guild, said workers at Vesta Freight will strike.";
  std::vector<Sentence> s = SplitSentences(text, 0, static_cast<uint32_t>(text.size()));
  MentionContext ctx = BuildMentionContext(s);
  SentenceView view = MakeSentenceView(s[0], ctx, FindMentions(s[0], ctx));
  std::vector<std::string> found;
  for (const TaggedSpan& span : tagger.Spans(view)) {
    found.push_back(std::string(NodeTypeName(span.type)) + ":" +
                    text.substr(s[0].tokens[span.first].start, s[0].tokens[span.end - 1].end - s[0].tokens[span.first].start));
  }
  CHECK(found == std::vector<std::string>{"person:Ines Morland", "union:Dock Cranes Guild", "company:Vesta Freight"});
}

TEST_CASE("entity tagger: training is deterministic and never decodes I- after O") {
  Result<LinearModel> a = TrainEntityTagger(ToyCorpus());
  Result<LinearModel> b = TrainEntityTagger(ToyCorpus());
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->Serialize() == b->Serialize());
  EntityTagger tagger(*a);
  const size_t n = EntityTagLabels().size();
  std::vector<float> emissions(3 * n, 0.0f);
  emissions[0 * n + 2] = 50.0f;  // I-union wanted first: not allowed at a start
  emissions[1 * n + 0] = 50.0f;  // O
  emissions[2 * n + 4] = 50.0f;  // I-company after O: not allowed
  std::vector<int> path = tagger.Decode(emissions, 3);
  const auto& labels = EntityTagLabels();
  for (size_t k = 0; k < path.size(); ++k) {
    const std::string& tag = labels[path[k]];
    if (tag[0] != 'I') continue;
    REQUIRE(k > 0);  // never I- first
    const std::string& prev = labels[path[k - 1]];
    CHECK(prev != "O");
    CHECK(prev.substr(2) == tag.substr(2));  // I-X only after B-X or I-X
  }
}

TEST_CASE("entity tagger: a training text that cannot be read as text names its file") {
  auto tagged = TagGold(Article(std::string("Bad \xff byte"), {{"union", "Absent Union", {}}}));
  REQUIRE(!tagged.ok());
  CHECK(tagged.status().message() == "synthetic.json: invalid UTF-8 at byte 4");
  Result<LinearModel> model = TrainEntityTagger({Article(std::string("Bad \xff byte"), {})});
  REQUIRE(!model.ok());
  CHECK(model.status().message() == "synthetic.json: invalid UTF-8 at byte 4");
}

TEST_CASE("entity tagger: no gold name in any text is an error that says so") {
  Result<LinearModel> model = TrainEntityTagger({Article("Nothing to see here.", {{"union", "Absent Union", {}}})});
  REQUIRE(!model.ok());
  CHECK(model.status().message() == "no gold entity name found in the text of any training article");
}

TEST_CASE("entity tagger: combined with the rules, it adds a missed name and leaves gazetteer names alone") {
  Result<LinearModel> model = TrainEntityTagger(ToyCorpus());
  REQUIRE(model.ok());
  EntityTagger tagger(*model);
  std::string text = "Workers at Vesta Freight in Ghana will strike.";
  std::vector<Sentence> s = SplitSentences(text, 0, static_cast<uint32_t>(text.size()));
  MentionContext ctx = BuildMentionContext(s);
  std::vector<Mention> mentions = FindMentions(s[0], ctx);
  CombineMentions(s[0], ctx, tagger, CombineOptions{}, &mentions);
  bool company = false, country = false;
  for (const Mention& m : mentions) {
    company = company || (m.name == "Vesta Freight" && m.type == NodeType::kCompany);
    country = country || (m.name == "Ghana" && m.type == NodeType::kCountry && m.known);
  }
  CHECK(company);
  CHECK(country);
}

}  // namespace lkg::ingest::model
