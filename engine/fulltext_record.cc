#include "engine/fulltext_record.h"

#include <array>
#include <charconv>

#include "engine/ids.h"

namespace lkg::fulltext {
namespace {

// Each field as its decimal length, ':', then its bytes (any bytes may follow).
void AppendField(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out.append(field);
}

bool ReadField(std::string_view& data, std::string& field) {
  size_t colon = data.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  size_t length = 0;
  auto [end, error] = std::from_chars(data.data(), data.data() + colon, length);
  if (error != std::errc() || end != data.data() + colon || length > data.size() - colon - 1) return false;
  field.assign(data.substr(colon + 1, length));
  data.remove_prefix(colon + 1 + length);
  return true;
}

}  // namespace

std::string EncodeRecord(const Document& doc) {
  std::string out;
  out.reserve(doc.title.size() + doc.url.size() + 64);
  AppendField(out, FormatDocId(doc.key));
  for (const std::string* field : {&doc.title, &doc.url, &doc.published, &doc.source, &doc.lang}) {
    AppendField(out, *field);
  }
  return out;
}

bool DecodeRecord(std::string_view data, Document& summary) {
  std::string id;
  if (!ReadField(data, id)) return false;
  std::optional<DocKey> key = ParseDocId(id);
  if (!key) return false;
  summary.key = *key;
  std::array<std::string*, 5> fields = {&summary.title, &summary.url, &summary.published, &summary.source,
                                        &summary.lang};
  for (std::string* field : fields) {
    if (!ReadField(data, *field)) return false;
  }
  summary.text.clear();
  return data.empty();
}

}  // namespace lkg::fulltext
