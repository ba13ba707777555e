// The data the full-text index keeps with each indexed document: the summary
// fields a result list shows (key, title, URL, date, publisher, language) as
// the document data, and the text snippets are cut from in a value slot (not
// zlib-compressed, and read only for the hits shown), so a search answers
// without reading the store. Internal to the engine (fulltext_index.cc writes
// it, fulltext_search.cc reads it).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "engine/records.h"

namespace lkg::fulltext {

// The format of the index (its "lkg_format" metadata): an index in another
// format is rebuilt.
inline constexpr const char* kFormatKey = "lkg_format";
inline constexpr const char* kFormat = "2";
// The value slot holding each document's text.
inline constexpr unsigned kTextSlot = 1;

// `doc`'s key and summary fields (not its text) as one byte string.
std::string EncodeRecord(const Document& doc);

// The fields EncodeRecord wrote, into `summary` (text cleared); false when
// `data` is not such a record.
bool DecodeRecord(std::string_view data, Document& summary);

}  // namespace lkg::fulltext
