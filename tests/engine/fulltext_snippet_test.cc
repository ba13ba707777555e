// Snippets: the window with the most matching words, phrases marked as one,
// cut at word boundaries, any script.
#include <doctest/doctest.h>

#include "engine/fulltext_snippet.h"

namespace lkg::fulltext {
namespace {

std::string SnippetOf(const std::string& query, const std::string& text, size_t bytes = 240) {
  Xapian::Stem stemmer("english");
  Xapian::QueryParser parser;
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  parser.add_prefix("title", "S");
  unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE;
  Xapian::Query parsed = parser.parse_query(query, flags);
  return SnippetMaker(parsed, stemmer).Make(text, bytes);
}

TEST_CASE("snippets mark stemmed words and phrases, cut at word boundaries") {
  CHECK(SnippetOf("\"hunger strike\"", "Miners began a hunger strike on Monday.") ==
        "Miners began a «hunger strike» on Monday.");
  CHECK(SnippetOf("striking", "Dockers went on strike;\n strikes spread.") ==
        "Dockers went on «strike»; «strikes» spread.");
  std::string text = "Nothing here. " + std::string(300, 'x') + " Then the lockout began at the smelter today.";
  std::string cut = SnippetOf("lockout", text, 40);
  CHECK(cut.rfind("…", 0) == 0);
  CHECK(cut.find("«lockout»") != std::string::npos);
  CHECK(cut.size() < 60);
  CHECK(SnippetOf("title:ports", "Ports were closed.") == "«Ports» were closed.");
  CHECK(SnippetOf("голодовку", "Нефтяники объявили ГОЛОДОВКУ вчера.") == "Нефтяники объявили «ГОЛОДОВКУ» вчера.");
  CHECK(SnippetOf("absent", "No match: the start of the text.", 12) == "No match:…");
  CHECK(SnippetOf("x", "").empty());
}

}  // namespace
}  // namespace lkg::fulltext
