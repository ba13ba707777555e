#include "query/export_util.h"

#include <cctype>

namespace lkg::query {

std::string DumpJson(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Status StreamStatus(const std::ostream& out) {
  if (!out.good()) return Status::IOError("could not write the export (output stream failed)");
  return Status::Ok();
}

Status CollectEdgeDocuments(const ExportScope& scope, size_t max_evidence, std::set<DocKey>& documents) {
  if (scope.whole()) return Status::Ok();
  Status inner;
  LKG_RETURN_IF_ERROR(scope.ForEachEdge([&](const Edge& edge) {
    Result<std::vector<Evidence>> evidence = scope.reader().EdgeEvidence(edge.key, max_evidence);
    if (!evidence.ok()) {
      inner = evidence.status();
      return false;
    }
    for (const Evidence& e : evidence.value()) documents.insert(e.document);
    return true;
  }));
  return inner;
}

std::string PropertyText(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return DumpJson(value);
}

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      // As character references: XML parsers would turn them into spaces
      // in attribute values, and CR LF into LF anywhere.
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) break;
        out += c;
    }
  }
  return out;
}

bool LooksLikeFormula(std::string_view text) {
  return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string CsvField(std::string_view text, bool raw) {
  std::string neutral;
  if (!raw && LooksLikeFormula(text)) {
    neutral.reserve(text.size() + 1);
    neutral += '\'';
    neutral.append(text);
    text = neutral;
  }
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string QuotedLiteral(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) break;
        out += c;
    }
  }
  out += '"';
  return out;
}

std::string CypherLiteral(std::string_view text) {
  static const char* kHex = "0123456789abcdef";
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += kHex[(c >> 4) & 0xf];
          out += kHex[c & 0xf];
        } else {
          out += c;
        }
    }
  }
  out += '"';
  return out;
}

std::string CypherLabel(NodeType type) {
  std::string label(NodeTypeName(type));
  if (!label.empty()) label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return label;
}

std::string FullDate(std::string_view date) {
  auto digits = [&](size_t from, size_t n) {
    if (date.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
    }
    return true;
  };
  if (!digits(0, 4)) return "";
  std::string year(date.substr(0, 4));
  if (date.size() < 7 || date[4] != '-' || !digits(5, 2)) return year + "-01-01";
  std::string month(date.substr(5, 2));
  if (date.size() < 10 || date[7] != '-' || !digits(8, 2)) return year + "-" + month + "-01";
  return std::string(date.substr(0, 10));
}

}  // namespace lkg::query
