// RequestReader: reads one HTTP/1.1 request at a time from bytes as they
// arrive, with every size bounded while reading (request line, header count
// and bytes, body for Content-Length and chunked framing, and again after
// gzip inflation). It hands the request head over before any body byte is
// taken, so the server can refuse a request (auth, Host, limits) from its
// headers alone, and it turns a complete request into one plain
// Content-Length request that cpp-httplib parses without reading a socket.
// No sockets here: the connection loop (http/keep_alive.cc) feeds it.
// Internal to lkg_http.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/api_error.h"

namespace lkg::http {

// The sizes a RequestReader enforces (from ServerOptions::request and
// ApiLimits::max_body_bytes).
struct ReadLimits {
  size_t max_request_line = 8192;     // bytes of "METHOD target HTTP/1.1" (then 414)
  size_t max_header_bytes = 16384;    // all header lines together (then 431)
  size_t max_header_count = 64;       // header lines (then 431)
  size_t max_body_bytes = 4u << 20;   // body after de-chunking and inflation (then 413)
};

// The parsed request line and header lines of one request.
struct RequestHead {
  std::string method, target, version;  // version: "HTTP/1.0" or "HTTP/1.1"
  std::vector<std::pair<std::string, std::string>> headers;  // in order, values trimmed

  // The value of the first header named `name` (case-insensitive), "" when absent.
  std::string_view Get(std::string_view name) const;
  // How many header lines are named `name` (case-insensitive).
  size_t Count(std::string_view name) const;
  // The target without its query string.
  std::string_view Path() const;
};

class RequestReader {
 public:
  enum class State {
    kNeedMore,   // give it more bytes (Append) and Advance again
    kHeadReady,  // head() is complete; call ContinueWithBody() or refuse the request
    kComplete,   // TakeRequest() gives the request; the reader then starts the next one
    kFailed,     // error() says why; the connection must be answered and closed
  };

  explicit RequestReader(ReadLimits limits) : limits_(limits) {}

  // Adds bytes read from the connection.
  void Append(std::string_view bytes) { in_.append(bytes); }
  // Parses what it has; never reads beyond the limits (fails instead).
  State Advance();
  // After kHeadReady: lets Advance() read the body.
  void ContinueWithBody() { phase_ = framing_ == Framing::kChunked ? Phase::kChunkSize : Phase::kBody; }

  const RequestHead& head() const { return head_; }
  const ApiError& error() const { return error_; }
  // True when bytes of a request that is not complete yet are held.
  bool Partial() const { return phase_ != Phase::kHead || !in_.empty(); }
  // True once the current request's head was handed over (body phase).
  bool HeadDone() const { return phase_ != Phase::kHead; }
  // The body length the head announced (Content-Length), the limit for a
  // chunked body, 0 when there is none: what reading it may cost.
  size_t BodyBudget() const;
  // True when the head asks for "100 Continue" before the body is sent.
  bool ExpectsContinue() const { return expect_continue_; }

  // After kComplete: the request as plain HTTP/1.1 bytes (Transfer-Encoding,
  // Content-Encoding and Expect removed, Content-Length set), and resets for
  // the next request; bytes already received for it are kept.
  std::string TakeRequest();

 private:
  enum class Phase { kHead, kHeadDone, kBody, kChunkSize, kChunkData, kChunkEnd, kTrailer, kDone };
  enum class Framing { kNone, kLength, kChunked };

  State Fail(int status, std::string code, std::string message);
  State ParseHead();
  State ParseRequestLine(std::string_view line);
  State AddHeaderLine(std::string_view line);
  State DecideFraming();
  State ReadBody();
  State ReadChunks();
  State ReadChunkSize();
  State ReadTrailers();
  State Finish();
  // The next line of in_ from pos_ (without CR LF), or nullopt when it is
  // not complete yet; fails when it is longer than `max` (pending_status_).
  std::optional<std::string_view> NextLine(size_t max);

  ReadLimits limits_;
  std::string in_;        // received, not yet consumed
  size_t pos_ = 0;        // parse position in in_ (head and chunk lines)
  Phase phase_ = Phase::kHead;
  Framing framing_ = Framing::kNone;
  RequestHead head_;
  size_t header_bytes_ = 0;
  size_t content_length_ = 0;
  size_t chunk_left_ = 0;
  bool gzip_ = false, expect_continue_ = false, line_too_long_ = false, failed_ = false;
  std::string body_;
  ApiError error_;
};

// Inflates a gzip (or zlib) `compressed` body into at most `max_bytes`;
// nullopt when it is not valid gzip, the error 413 via `too_large` when the
// result would be larger.
std::optional<std::string> InflateBounded(std::string_view compressed, size_t max_bytes, bool& too_large);

}  // namespace lkg::http
