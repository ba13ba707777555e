#include "engine/fulltext_index.h"

#include <xapian.h>

#include <algorithm>
#include <future>
#include <unordered_set>

#include "engine/fulltext_record.h"

namespace lkg {
namespace {

constexpr const char* kSequenceKey = "lkg_sequence";
constexpr const char* kIdPrefix = "Q";     // unique id term: "Q" + document id
constexpr const char* kTitlePrefix = "S";  // title words (title:word)
constexpr size_t kCommitEvery = 1000;      // documents per commit while catching up

// `a` followed by `b`, built by appending (GCC 12 warns falsely on
// const char* + std::string&&).
std::string Joined(std::string_view a, std::string_view b) {
  std::string out(a);
  out.append(b);
  return out;
}

std::string IdTerm(DocKey key) { return Joined(kIdPrefix, FormatDocId(key)); }

Xapian::Document MakeDocument(const Document& doc, Xapian::TermGenerator& terms) {
  Xapian::Document out;
  terms.set_document(out);
  terms.index_text(doc.title, 1, kTitlePrefix);
  terms.index_text(doc.title, 2);  // title words count double in the text
  terms.increase_termpos();
  terms.index_text(doc.text);
  out.add_boolean_term(IdTerm(doc.key));
  out.set_data(fulltext::EncodeRecord(doc));
  out.add_value(fulltext::kTextSlot, doc.text);
  return out;
}

struct Batch {
  std::vector<Xapian::Document> documents;
  Status status;
};

// The Xapian documents of keys[begin, end) as `reader` has them.
Batch MakeBatch(const GraphReader& reader, const std::vector<DocKey>& keys, size_t begin, size_t end,
                Xapian::TermGenerator& terms) {
  Batch batch;
  for (size_t i = begin; i < end; ++i) {
    Result<Document> doc = reader.GetDocument(keys[i]);
    if (!doc.ok()) return Batch{{}, doc.status()};
    batch.documents.push_back(MakeDocument(*doc, terms));
  }
  return batch;
}

// Adds the documents `keys` (none of them indexed yet) to `db`, committing
// every kCommitEvery: a helper thread reads and analyses the next batch
// while this one adds the last (the two halves cost about the same).
Status AddAll(const GraphReader& reader, const std::vector<DocKey>& keys, Xapian::WritableDatabase& db) {
  Xapian::Stem stemmer("english");  // the helper's own: stemmers are not thread-safe
  Xapian::TermGenerator terms;
  terms.set_stemmer(stemmer);
  terms.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  auto batch_at = [&](size_t begin) {
    return std::async(std::launch::async, MakeBatch, std::cref(reader), std::cref(keys), begin,
                      std::min(begin + kCommitEvery, keys.size()), std::ref(terms));
  };
  std::future<Batch> next = batch_at(0);
  for (size_t begin = 0; begin < keys.size(); begin += kCommitEvery) {
    Batch batch = next.get();
    if (begin + kCommitEvery < keys.size()) next = batch_at(begin + kCommitEvery);
    if (!batch.status.ok()) {
      if (next.valid()) next.wait();
      return batch.status;
    }
    for (const Xapian::Document& doc : batch.documents) db.add_document(doc);
    db.commit();  // the sequence stays old until the end
  }
  return Status::Ok();
}

}  // namespace

struct FullTextIndex::Impl {
  Impl() : stemmer("english") {
    terms.set_stemmer(stemmer);
    terms.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
  }

  // Indexes `key` as `reader` has it (replacing an older version), or
  // drops it when the store no longer has it. Store errors pass through.
  Status Put(const GraphReader& reader, DocKey key);
  Status Commit(uint64_t sequence) {
    db.set_metadata(kSequenceKey, std::to_string(sequence));
    db.commit();
    return Status::Ok();
  }

  Xapian::WritableDatabase db;
  Xapian::Stem stemmer;
  Xapian::TermGenerator terms;
};

Status FullTextIndex::Impl::Put(const GraphReader& reader, DocKey key) {
  Result<Document> doc = reader.GetDocument(key);
  if (doc.status().code() == StatusCode::kNotFound) {
    db.delete_document(IdTerm(key));
    return Status::Ok();
  }
  if (!doc.ok()) return doc.status();
  db.replace_document(IdTerm(key), MakeDocument(*doc, terms));
  return Status::Ok();
}

FullTextIndex::FullTextIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FullTextIndex::~FullTextIndex() = default;

Result<std::unique_ptr<FullTextIndex>> FullTextIndex::OpenWritable(const std::string& store_dir) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = Xapian::WritableDatabase(FullTextDir(store_dir), Xapian::DB_CREATE_OR_OPEN);
    if (impl->db.get_metadata(fulltext::kFormatKey) != fulltext::kFormat) {  // older format: start afresh
      impl->db.close();
      impl->db = Xapian::WritableDatabase(FullTextDir(store_dir), Xapian::DB_CREATE_OR_OVERWRITE);
      impl->db.set_metadata(fulltext::kFormatKey, fulltext::kFormat);
      impl->db.commit();
    }
    return std::unique_ptr<FullTextIndex>(new FullTextIndex(std::move(impl)));
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::Busy(Joined("the full-text index is being written by another process: ", e.get_msg()));
  } catch (const Xapian::Error& e) {
    return Status::IOError(Joined("cannot open the full-text index: ", e.get_description()));
  }
}

Result<size_t> FullTextIndex::CatchUp(const GraphReader& reader) {
  try {
    Xapian::WritableDatabase& db = impl_->db;
    if (db.get_metadata(kSequenceKey) == std::to_string(reader.sequence())) return size_t{0};
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
    LKG_RETURN_IF_ERROR(AddAll(reader, std::vector<DocKey>(stored.begin(), stored.end()), db));
    LKG_RETURN_IF_ERROR(impl_->Commit(reader.sequence()));
    return gone.size() + stored.size();
  } catch (const Xapian::Error& e) {
    return Status::IOError(Joined("updating the full-text index failed: ", e.get_description()));
  }
}

Result<size_t> FullTextIndex::Follow(const GraphReader& after, uint64_t before, const std::vector<DocKey>& changed) {
  try {
    if (impl_->db.get_metadata(kSequenceKey) != std::to_string(before)) return CatchUp(after);
    for (DocKey key : changed) LKG_RETURN_IF_ERROR(impl_->Put(after, key));
    LKG_RETURN_IF_ERROR(impl_->Commit(after.sequence()));
    return changed.size();
  } catch (const Xapian::Error& e) {
    return Status::IOError(Joined("updating the full-text index failed: ", e.get_description()));
  }
}

std::optional<uint64_t> FullTextSequence(const std::string& store_dir) {
  try {
    Xapian::Database db(FullTextDir(store_dir));
    if (db.get_metadata(fulltext::kFormatKey) != fulltext::kFormat) return std::nullopt;
    std::string value = db.get_metadata(kSequenceKey);
    if (value.empty()) return std::nullopt;
    return std::stoull(value);
  } catch (const Xapian::Error&) {
    return std::nullopt;
  }
}

}  // namespace lkg
