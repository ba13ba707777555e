#include "ingest/ingest_record.h"

#include "engine/ids.h"
#include "ingest/readers/boilerplate.h"
#include "ingest/text/dates.h"
#include "ingest/extractor.h"
#include "ingest/listing_items.h"
#include "ingest/readers/html_reader.h"
#include "ingest/resolution/resolver.h"
#include "ingest/readers/text_normalizer.h"

namespace lkg::ingest {
namespace {

// Turns a read record into normalised article input.
Result<ArticleInput> Prepare(const InputRecord& r) {
  ArticleInput a;
  a.url = r.url;
  a.source = r.source;
  std::string raw = r.body;
  std::string html_title, html_date;
  if (r.html) {
    Result<HtmlArticle> h = ReadHtml(r.body);
    if (!h.ok()) return h.status();
    raw = std::move(h->text);
    html_title = h->title;
    html_date = h->published;
  }
  Result<std::string> normalized = NormalizeArticleText(raw);
  if (!normalized.ok()) return normalized.status();
  a.text = TidyWhitespace(StripBoilerplate(*normalized));
  if (a.text.empty()) return Status::InvalidArgument("no article text left after removing page chrome");
  a.title = !r.title.empty() ? r.title : html_title;
  std::string date = !r.date.empty() ? r.date : html_date;
  if (!date.empty()) {
    if (auto d = ParseDateString(date)) a.published = FormatIso(*d);
  }
  return a;
}

}  // namespace

nlohmann::json IngestOutcome::ToJson() const {
  return {{"document", document_id}, {"documents", documents}, {"unchanged", unchanged},
          {"replaced", replaced}, {"nodes_added", nodes_added}, {"edges_added", edges_added},
          {"cases_added", cases_added}};
}

Result<std::vector<DocumentFacts>> ExtractRecord(const InputRecord& record) {
  Result<ArticleInput> article = Prepare(record);
  if (!article.ok()) return article.status();
  std::vector<DocumentFacts> out;
  for (const ArticleInput& item : SplitListingItems(*article)) out.push_back(ExtractFacts(item));
  return out;
}

Ingester::Ingester(GraphStore& store) : store_(store), resolver_(std::make_unique<Resolver>(store)) {}
Ingester::~Ingester() = default;

Result<IngestOutcome> Ingester::Ingest(const InputRecord& record, std::vector<DocumentFacts>* stored) {
  Result<std::vector<DocumentFacts>> extracted = ExtractRecord(record);
  if (!extracted.ok()) return extracted.status();
  IngestOutcome out;
  out.unchanged = true;
  for (DocumentFacts& facts : *extracted) LKG_RETURN_IF_ERROR(IngestFacts(std::move(facts), &out, stored));
  out.document_id = out.documents.empty() ? "" : out.documents.front();
  return out;
}

Status Ingester::IngestFacts(DocumentFacts facts, IngestOutcome* out, std::vector<DocumentFacts>* stored) {
  LKG_RETURN_IF_ERROR(resolver_->Resolve(facts));
  Result<ApplyResult> applied = store_.Apply(facts);
  if (!applied.ok()) return applied.status();
  resolver_->Remember(facts);
  out->documents.push_back(FormatDocId(applied->document));
  out->unchanged = out->unchanged && applied->unchanged;
  out->replaced = out->replaced || applied->replaced.has_value();
  out->nodes_added += applied->nodes_added;
  out->edges_added += applied->edges_added;
  out->cases_added += applied->cases_added;
  if (stored) stored->push_back(std::move(facts));
  return Status::Ok();
}

Result<IngestOutcome> IngestJsonRecord(GraphStore& store, const std::string& json_body) {
  Result<InputRecord> record = RecordFromJson(json_body, "request");
  if (!record.ok()) return record.status();
  Ingester ingester(store);
  return ingester.Ingest(*record);
}

}  // namespace lkg::ingest
