#include "http/request_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>

namespace lkg::http {
namespace {

constexpr size_t kMaxChunkLine = 1024;  // chunk size and extensions
constexpr int kMaxLeadingEmptyLines = 4;

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool IsTokenChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool HasControl(std::string_view s, bool allow_tab) {
  return std::any_of(s.begin(), s.end(), [allow_tab](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && !(allow_tab && c == '\t')) || u == 0x7f;
  });
}

bool MethodHasBody(std::string_view method) { return method == "POST" || method == "PUT" || method == "PATCH"; }

}  // namespace

std::string_view RequestHead::Get(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (EqualsIgnoreCase(key, name)) return value;
  }
  return {};
}

size_t RequestHead::Count(std::string_view name) const {
  return static_cast<size_t>(std::count_if(headers.begin(), headers.end(),
                                           [name](const auto& h) { return EqualsIgnoreCase(h.first, name); }));
}

std::string_view RequestHead::Path() const {
  std::string_view t = target;
  return t.substr(0, t.find('?'));
}

size_t RequestReader::BodyBudget() const {
  switch (framing_) {
    case Framing::kLength: return content_length_;
    case Framing::kChunked: return limits_.max_body_bytes;
    default: return 0;
  }
}

RequestReader::State RequestReader::Fail(int status, std::string code, std::string message) {
  error_ = ApiError{status, std::move(code), std::move(message)};
  in_.clear();
  body_.clear();
  pos_ = 0;
  phase_ = Phase::kDone;
  failed_ = true;
  return State::kFailed;
}

std::optional<std::string_view> RequestReader::NextLine(size_t max) {
  size_t newline = in_.find('\n', pos_);
  line_too_long_ = false;
  if (newline == std::string::npos) {
    line_too_long_ = in_.size() - pos_ > max;
    return std::nullopt;
  }
  if (newline - pos_ > max) {
    line_too_long_ = true;
    return std::nullopt;
  }
  std::string_view line(in_.data() + pos_, newline - pos_);
  pos_ = newline + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

RequestReader::State RequestReader::Advance() {
  State state = State::kNeedMore;
  switch (phase_) {
    case Phase::kHead: state = ParseHead(); break;
    case Phase::kHeadDone: return State::kHeadReady;
    case Phase::kBody: state = ReadBody(); break;
    case Phase::kChunkSize:
    case Phase::kChunkData:
    case Phase::kChunkEnd:
    case Phase::kTrailer: state = ReadChunks(); break;
    case Phase::kDone: return failed_ ? State::kFailed : State::kComplete;
  }
  if (state != State::kFailed && pos_ > 0) {  // drop what was consumed
    in_.erase(0, pos_);
    pos_ = 0;
  }
  return state;
}

RequestReader::State RequestReader::ParseHead() {
  int empty_lines = 0;
  while (head_.method.empty()) {
    std::optional<std::string_view> line = NextLine(limits_.max_request_line);
    if (!line) {
      if (line_too_long_) {
        return Fail(414, "uri_too_long",
                    "the request line is longer than " + std::to_string(limits_.max_request_line) + " bytes");
      }
      return State::kNeedMore;
    }
    if (line->empty()) {
      if (++empty_lines > kMaxLeadingEmptyLines) return Fail(400, "invalid_argument", "the request line is missing");
      continue;
    }
    if (State s = ParseRequestLine(*line); s == State::kFailed) return s;
  }
  for (;;) {
    size_t room = limits_.max_header_bytes > header_bytes_ ? limits_.max_header_bytes - header_bytes_ : 0;
    std::optional<std::string_view> line = NextLine(room);
    if (!line) {
      if (line_too_long_) {
        return Fail(431, "headers_too_large",
                    "the request headers are larger than " + std::to_string(limits_.max_header_bytes) + " bytes");
      }
      return State::kNeedMore;
    }
    if (line->empty()) return DecideFraming();
    if (State s = AddHeaderLine(*line); s == State::kFailed) return s;
  }
}

RequestReader::State RequestReader::ParseRequestLine(std::string_view line) {
  size_t first = line.find(' ');
  size_t second = first == std::string_view::npos ? first : line.find(' ', first + 1);
  if (second == std::string_view::npos || line.find(' ', second + 1) != std::string_view::npos) {
    return Fail(400, "invalid_argument", "the request line is not 'METHOD target HTTP/1.1'");
  }
  std::string_view method = line.substr(0, first);
  std::string_view target = line.substr(first + 1, second - first - 1);
  std::string_view version = line.substr(second + 1);
  bool method_ok = !method.empty() && method.size() <= 20 &&
                   std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!method_ok) return Fail(400, "invalid_argument", "the request method is not valid");
  if (target.empty() || (target[0] != '/' && target != "*") || HasControl(target, false)) {
    return Fail(400, "invalid_argument", "the request target is not valid");
  }
  if (version != "HTTP/1.1" && version != "HTTP/1.0") {
    return Fail(400, "invalid_argument", "only HTTP/1.0 and HTTP/1.1 are served");
  }
  head_.method = method;
  head_.target = target;
  head_.version = version;
  return State::kNeedMore;
}

RequestReader::State RequestReader::AddHeaderLine(std::string_view line) {
  header_bytes_ += line.size() + 2;
  if (head_.headers.size() >= limits_.max_header_count) {
    return Fail(431, "headers_too_large",
                "the request has more than " + std::to_string(limits_.max_header_count) + " header lines");
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 ||
      !std::all_of(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(colon), IsTokenChar)) {
    return Fail(400, "invalid_argument", "a header line is not 'Name: value'");
  }
  std::string_view value = Trim(line.substr(colon + 1));
  if (HasControl(value, true)) return Fail(400, "invalid_argument", "a header value holds a control character");
  head_.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
  return State::kNeedMore;
}

RequestReader::State RequestReader::DecideFraming() {
  if (head_.Count("Host") > 1 || (head_.version == "HTTP/1.1" && head_.Count("Host") == 0)) {
    return Fail(400, "invalid_argument", "an HTTP/1.1 request needs exactly one Host header");
  }
  size_t te = head_.Count("Transfer-Encoding"), cl = head_.Count("Content-Length");
  if (te > 0) {
    if (te > 1 || cl > 0 || head_.version != "HTTP/1.1") {
      return Fail(400, "invalid_argument", "Transfer-Encoding cannot be combined with Content-Length here");
    }
    if (!EqualsIgnoreCase(head_.Get("Transfer-Encoding"), "chunked")) {
      return Fail(501, "not_implemented", "only the 'chunked' transfer coding is supported");
    }
    framing_ = Framing::kChunked;
  } else if (cl > 0) {
    std::string_view text = head_.Get("Content-Length");
    if (cl > 1 || text.empty() || text.size() > 19 || text.find_first_not_of("0123456789") != std::string_view::npos) {
      return Fail(400, "invalid_argument", "the Content-Length header is not a valid length");
    }
    content_length_ = std::stoull(std::string(text));
    if (content_length_ > limits_.max_body_bytes) {
      return Fail(413, "payload_too_large",
                  "the request body is larger than " + std::to_string(limits_.max_body_bytes) + " bytes");
    }
    framing_ = Framing::kLength;
  } else if (MethodHasBody(head_.method)) {
    return Fail(411, "length_required", "a request with a body needs Content-Length or chunked encoding");
  }
  std::string_view encoding = head_.Get("Content-Encoding");
  gzip_ = EqualsIgnoreCase(encoding, "gzip") || EqualsIgnoreCase(encoding, "x-gzip");
  if (!gzip_ && !encoding.empty() && !EqualsIgnoreCase(encoding, "identity")) {
    return Fail(415, "unsupported_media_type", "only gzip request bodies are accepted");
  }
  expect_continue_ = EqualsIgnoreCase(head_.Get("Expect"), "100-continue");
  phase_ = Phase::kHeadDone;
  return State::kHeadReady;
}

RequestReader::State RequestReader::ReadBody() {
  size_t take = std::min(content_length_ - body_.size(), in_.size() - pos_);
  body_.append(in_, pos_, take);
  pos_ += take;
  return body_.size() == content_length_ ? Finish() : State::kNeedMore;
}

RequestReader::State RequestReader::ReadChunks() {
  for (;;) {
    State state = State::kNeedMore;
    Phase before = phase_;
    size_t at = pos_;
    switch (phase_) {
      case Phase::kChunkSize: state = ReadChunkSize(); break;
      case Phase::kChunkData: {
        size_t take = std::min(chunk_left_, in_.size() - pos_);
        body_.append(in_, pos_, take);
        pos_ += take;
        chunk_left_ -= take;
        if (chunk_left_ == 0) phase_ = Phase::kChunkEnd;
        break;
      }
      case Phase::kChunkEnd: {
        if (in_.size() - pos_ < 2) break;
        if (in_.compare(pos_, 2, "\r\n") != 0) return Fail(400, "invalid_argument", "a chunk does not end with CRLF");
        pos_ += 2;
        phase_ = Phase::kChunkSize;
        break;
      }
      case Phase::kTrailer: state = ReadTrailers(); break;
      default: return State::kFailed;
    }
    if (state != State::kNeedMore) return state;
    if (phase_ == before && pos_ == at) return State::kNeedMore;  // waits for bytes
  }
}

RequestReader::State RequestReader::ReadChunkSize() {
  std::optional<std::string_view> line = NextLine(kMaxChunkLine);
  if (!line) {
    return line_too_long_ ? Fail(400, "invalid_argument", "a chunk size line is too long") : State::kNeedMore;
  }
  std::string_view digits = line->substr(0, line->find_first_of("; \t"));
  if (digits.empty() || digits.size() > 15 || digits.find_first_not_of("0123456789abcdefABCDEF") != std::string_view::npos) {
    return Fail(400, "invalid_argument", "a chunk size is not a hexadecimal number");
  }
  size_t size = std::stoull(std::string(digits), nullptr, 16);
  if (size > limits_.max_body_bytes - body_.size()) {
    return Fail(413, "payload_too_large",
                "the request body is larger than " + std::to_string(limits_.max_body_bytes) + " bytes");
  }
  chunk_left_ = size;
  phase_ = size == 0 ? Phase::kTrailer : Phase::kChunkData;
  return State::kNeedMore;
}

RequestReader::State RequestReader::ReadTrailers() {
  for (;;) {
    size_t room = limits_.max_header_bytes > header_bytes_ ? limits_.max_header_bytes - header_bytes_ : 0;
    std::optional<std::string_view> line = NextLine(room);
    if (!line) {
      return line_too_long_ ? Fail(431, "headers_too_large", "the chunked trailer is too large") : State::kNeedMore;
    }
    if (line->empty()) return Finish();
    header_bytes_ += line->size() + 2;  // trailer fields are read and dropped
  }
}

RequestReader::State RequestReader::Finish() {
  if (gzip_) {
    bool too_large = false;
    std::optional<std::string> plain = InflateBounded(body_, limits_.max_body_bytes, too_large);
    if (too_large) {
      return Fail(413, "payload_too_large", "the inflated request body is larger than " +
                                                std::to_string(limits_.max_body_bytes) + " bytes");
    }
    if (!plain) return Fail(400, "invalid_argument", "the request body is not valid gzip");
    body_ = std::move(*plain);
  }
  phase_ = Phase::kDone;
  return State::kComplete;
}

std::string RequestReader::TakeRequest() {
  std::string out = head_.method + " " + head_.target + " " + head_.version + "\r\n";
  for (const auto& [name, value] : head_.headers) {
    if (EqualsIgnoreCase(name, "Transfer-Encoding") || EqualsIgnoreCase(name, "Content-Length") ||
        EqualsIgnoreCase(name, "Content-Encoding") || EqualsIgnoreCase(name, "Expect")) {
      continue;
    }
    out += name + ": " + value + "\r\n";
  }
  if (framing_ != Framing::kNone) out += "Content-Length: " + std::to_string(body_.size()) + "\r\n";
  out += "\r\n";
  out += body_;
  head_ = RequestHead{};
  body_.clear();
  body_.shrink_to_fit();
  framing_ = Framing::kNone;
  header_bytes_ = content_length_ = chunk_left_ = 0;
  gzip_ = expect_continue_ = false;
  phase_ = Phase::kHead;
  return out;
}

std::optional<std::string> InflateBounded(std::string_view compressed, size_t max_bytes, bool& too_large) {
  too_large = false;
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return std::nullopt;  // 32: gzip or zlib header
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  z.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  char buffer[16384];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    size_t produced = sizeof buffer - z.avail_out;
    if (out.size() + produced > max_bytes) {
      too_large = true;
      break;
    }
    out.append(buffer, produced);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // truncated input
  }
  inflateEnd(&z);
  if (too_large || rc != Z_STREAM_END) return std::nullopt;
  return out;
}

}  // namespace lkg::http
