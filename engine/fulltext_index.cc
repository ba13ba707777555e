#include "engine/fulltext_index.h"

#include <xapian.h>

#include <filesystem>
#include <unordered_set>

namespace lkg {
namespace {

constexpr const char* kSequenceKey = "lkg_sequence";
constexpr const char* kIdPrefix = "Q";       // unique id term: "Q" + document id
constexpr const char* kTitlePrefix = "S";    // title words (title:word)

constexpr Xapian::valueno kIdSlot = 0;     // the document id ("d:…") of each Xapian document

// `a` followed by `b`, built by appending (GCC 12 warns falsely on
// const char* + std::string&&).
std::string Joined(std::string_view a, std::string_view b) {
  std::string out(a);
  out.append(b);
  return out;
}

std::string IdTerm(DocKey key) { return Joined(kIdPrefix, FormatDocId(key)); }

// Xapian's snippets are HTML-escaped and keep the text's line breaks; the
// API and CLI want plain text on one line.
std::string PlainSnippet(const std::string& html) {
  static const std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
  std::string out;
  out.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    bool replaced = false;
    if (html[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (html.compare(i, entity.size(), entity) == 0) {
          out += c;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (replaced) continue;
    char c = html[i++];
    bool space = c == '\n' || c == '\r' || c == '\t' || c == ' ';
    if (!space) out += c;
    else if (!out.empty() && out.back() != ' ') out += ' ';
  }
  return out;
}

Xapian::Stem Stemmer() { return Xapian::Stem("english"); }

Xapian::Document MakeDocument(const Document& doc, Xapian::TermGenerator& terms) {
  Xapian::Document out;
  terms.set_document(out);
  terms.index_text(doc.title, 1, kTitlePrefix);
  terms.index_text(doc.title, 2);  // title words count double in the text
  terms.increase_termpos();
  terms.index_text(doc.text);
  out.add_boolean_term(IdTerm(doc.key));
  out.add_value(kIdSlot, FormatDocId(doc.key));
  out.set_data(doc.text);
  return out;
}

}  // namespace

struct FullTextIndex::Impl {
  Xapian::WritableDatabase db;
};

FullTextIndex::FullTextIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FullTextIndex::~FullTextIndex() = default;

std::string FullTextDir(const std::string& store_dir) { return store_dir + "/fulltext"; }

Result<std::unique_ptr<FullTextIndex>> FullTextIndex::OpenWritable(const std::string& store_dir) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = Xapian::WritableDatabase(FullTextDir(store_dir), Xapian::DB_CREATE_OR_OPEN);
    return std::unique_ptr<FullTextIndex>(new FullTextIndex(std::move(impl)));
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::Busy(Joined("the full-text index is being written by another process: ", e.get_msg()));
  } catch (const Xapian::Error& e) {
    return Status::IOError(Joined("cannot open the full-text index: ", e.get_description()));
  }
}

Result<size_t> FullTextIndex::CatchUp(const GraphReader& reader) {
  std::string sequence = std::to_string(reader.sequence());
  try {
    Xapian::WritableDatabase& db = impl_->db;
    if (db.get_metadata(kSequenceKey) == sequence) return size_t{0};
    std::unordered_set<DocKey> stored;
    LKG_RETURN_IF_ERROR(reader.ForEachDocument([&](const Document& d) {
      stored.insert(d.key);
      return true;
    }));
    std::vector<std::string> gone;
    for (auto it = db.allterms_begin(kIdPrefix); it != db.allterms_end(kIdPrefix); ++it) {
      std::optional<DocKey> key = ParseDocId(std::string_view(*it).substr(1));
      if (key && stored.erase(*key)) continue;  // indexed and still stored
      gone.push_back(*it);
    }
    for (const std::string& term : gone) db.delete_document(term);
    Xapian::TermGenerator terms;
    terms.set_stemmer(Stemmer());
    for (DocKey key : stored) {  // stored but not indexed
      Result<Document> doc = reader.GetDocument(key);
      if (!doc.ok()) return doc.status();
      db.replace_document(IdTerm(key), MakeDocument(*doc, terms));
    }
    db.set_metadata(kSequenceKey, sequence);
    db.commit();
    return gone.size() + stored.size();
  } catch (const Xapian::Error& e) {
    return Status::IOError(Joined("updating the full-text index failed: ", e.get_description()));
  }
}

std::optional<uint64_t> FullTextSequence(const std::string& store_dir) {
  try {
    Xapian::Database db(FullTextDir(store_dir));
    std::string value = db.get_metadata(kSequenceKey);
    if (value.empty()) return std::nullopt;
    return std::stoull(value);
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

Result<TextSearchPage> SearchText(const std::string& store_dir, std::string_view query, size_t offset,
                                  size_t limit) {
  Xapian::Database db;
  try {
    db = Xapian::Database(FullTextDir(store_dir));
  } catch (const Xapian::Error&) {
    return Status::NotFound("there is no full-text index yet (run lkg ingest or lkg documents --query)");
  }
  try {
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemmer(Stemmer());
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser.add_prefix("title", kTitlePrefix);
    parser.set_default_op(Xapian::Query::OP_AND);
    unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PHRASE;
    Xapian::Query parsed = parser.parse_query(std::string(query), flags);
    Xapian::Enquire enquire(db);
    enquire.set_query(parsed);
    Xapian::MSet matches = enquire.get_mset(static_cast<Xapian::doccount>(offset),
                                            static_cast<Xapian::doccount>(limit));
    TextSearchPage page;
    page.estimated_total = matches.get_matches_estimated();
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      Xapian::Document doc = it.get_document();
      std::optional<DocKey> key = ParseDocId(doc.get_value(kIdSlot));
      if (!key) continue;
      std::string snippet = matches.snippet(doc.get_data(), 240, Stemmer(),
                                            Xapian::MSet::SNIPPET_BACKGROUND_MODEL, "«", "»", "…");
      page.hits.push_back({*key, it.get_weight(), PlainSnippet(snippet)});
    }
    return page;
  } catch (const Xapian::QueryParserError& e) {
    return Status::InvalidArgument(Joined("cannot read the search query: ", e.get_msg()));
  } catch (const Xapian::Error& e) {
    return Status::IOError(Joined("full-text search failed: ", e.get_description()));
  }
}

}  // namespace lkg
