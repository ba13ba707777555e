// RequestReader on its own: every size bounded while reading, framing
// decided from the head, chunked and gzip bodies turned into one plain
// Content-Length request, and the head handed over before any body byte.
#include <doctest/doctest.h>

#include <zlib.h>

#include "http/request_reader.h"

namespace lkg::http {
namespace {

using State = RequestReader::State;

ReadLimits SmallLimits() { return ReadLimits{256, 512, 8, 1024}; }

// Feeds `bytes`, accepts the head, and returns the final state.
State ReadAll(RequestReader& reader, const std::string& bytes) {
  reader.Append(bytes);
  State state = reader.Advance();
  if (state == State::kHeadReady) {
    reader.ContinueWithBody();
    state = reader.Advance();
  }
  return state;
}

std::string Gzip(const std::string& plain) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, plain.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plain.data()));
  z.avail_in = static_cast<uInt>(plain.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace

TEST_CASE("the head is handed over before any body byte is taken") {
  RequestReader reader(SmallLimits());
  reader.Append("POST /api/v1/documents HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nAuthorization: Bearer t\r\n\r\nab");
  CHECK(reader.Advance() == State::kHeadReady);
  CHECK(reader.head().method == "POST");
  CHECK(reader.head().Path() == "/api/v1/documents");
  CHECK(reader.head().Get("authorization") == "Bearer t");
  CHECK(reader.BodyBudget() == 5);
  CHECK(reader.Advance() == State::kHeadReady);  // stays until the body is allowed
  reader.ContinueWithBody();
  CHECK(reader.Advance() == State::kNeedMore);
  reader.Append("cdeGET / HTTP/1.1\r\n");
  CHECK(reader.Advance() == State::kComplete);
  std::string request = reader.TakeRequest();
  CHECK(request.substr(request.size() - 5) == "abcde");
  CHECK(request.find("Content-Length: 5\r\n") != std::string::npos);
  CHECK(reader.Partial());  // the next request's first line is kept
}

TEST_CASE("oversized request lines, headers and bodies fail while reading") {
  RequestReader line(SmallLimits());
  line.Append("GET /" + std::string(300, 'a'));  // no line end yet
  CHECK(line.Advance() == State::kFailed);
  CHECK(line.error().http_status == 414);
  RequestReader header(SmallLimits());
  header.Append("GET / HTTP/1.1\r\nX-Big: " + std::string(600, 'b'));
  CHECK(header.Advance() == State::kFailed);
  CHECK(header.error().http_status == 431);
  CHECK(header.error().message == "the request headers are larger than 512 bytes");
  RequestReader many(SmallLimits());
  std::string head = "GET / HTTP/1.1\r\nHost: h\r\n";
  for (int i = 0; i < 9; ++i) head += "X-" + std::to_string(i) + ": v\r\n";
  CHECK(ReadAll(many, head + "\r\n") == State::kFailed);
  CHECK(many.error().message == "the request has more than 8 header lines");
  RequestReader body(SmallLimits());
  CHECK(ReadAll(body, "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1025\r\n\r\n") == State::kFailed);
  CHECK(body.error().http_status == 413);
}

TEST_CASE("chunked bodies are decoded and bounded chunk by chunk") {
  RequestReader ok(SmallLimits());
  CHECK(ReadAll(ok, "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\nT: v\r\n\r\n") ==
        State::kComplete);
  std::string request = ok.TakeRequest();
  CHECK(request.find("Transfer-Encoding") == std::string::npos);
  CHECK(request.substr(request.find("\r\n\r\n")) == "\r\n\r\nabcde");
  CHECK(request.find("Content-Length: 5\r\n") != std::string::npos);
  RequestReader big(SmallLimits());
  CHECK(ReadAll(big, "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n200\r\n" + std::string(512, 'x') +
                         "\r\n201\r\n") == State::kFailed);
  CHECK(big.error().http_status == 413);
  RequestReader bad(SmallLimits());
  CHECK(ReadAll(bad, "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") == State::kFailed);
  CHECK(bad.error().message == "a chunk size is not a hexadecimal number");
}

TEST_CASE("ambiguous framing is refused") {
  struct Case {
    std::string head;
    int status;
    std::string message;
  };
  const Case cases[] = {
      {"POST / HTTP/1.1\r\nHost: h\r\n\r\n", 411, "a request with a body needs Content-Length or chunked encoding"},
      {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400,
       "Transfer-Encoding cannot be combined with Content-Length here"},
      {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", 400,
       "the Content-Length header is not a valid length"},
      {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", 501, "only the 'chunked' transfer coding is supported"},
      {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nContent-Encoding: br\r\n\r\n", 415,
       "only gzip request bodies are accepted"},
      {"GET / HTTP/1.1\r\n\r\n", 400, "an HTTP/1.1 request needs exactly one Host header"},
      {"GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, "an HTTP/1.1 request needs exactly one Host header"},
      {"GET / HTTP/1.1\r\n Host: a\r\n\r\n", 400, "a header line is not 'Name: value'"},
      {"GET /a b HTTP/1.1\r\n", 400, "the request line is not 'METHOD target HTTP/1.1'"},
      {"GET / HTTP/2.0\r\n", 400, "only HTTP/1.0 and HTTP/1.1 are served"},
      {"get / HTTP/1.1\r\n", 400, "the request method is not valid"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head);
    RequestReader reader(SmallLimits());
    CHECK(ReadAll(reader, c.head) == State::kFailed);
    CHECK(reader.error().http_status == c.status);
    CHECK(reader.error().message == c.message);
  }
}

TEST_CASE("gzip bodies are inflated within the body limit") {
  RequestReader small(SmallLimits());
  std::string packed = Gzip("{\"text\": \"hello\"}");
  CHECK(ReadAll(small, "POST / HTTP/1.1\r\nHost: h\r\nContent-Encoding: gzip\r\nContent-Length: " +
                           std::to_string(packed.size()) + "\r\n\r\n" + packed) == State::kComplete);
  std::string request = small.TakeRequest();
  CHECK(request.find("Content-Encoding") == std::string::npos);
  CHECK(request.substr(request.find("\r\n\r\n") + 4) == "{\"text\": \"hello\"}");
  RequestReader bomb(SmallLimits());
  std::string zeros = Gzip(std::string(256 << 10, '0'));  // 256 KiB of zeros in a few hundred bytes
  CHECK(zeros.size() < 1024);
  CHECK(ReadAll(bomb, "POST / HTTP/1.1\r\nHost: h\r\nContent-Encoding: gzip\r\nContent-Length: " +
                          std::to_string(zeros.size()) + "\r\n\r\n" + zeros) == State::kFailed);
  CHECK(bomb.error().http_status == 413);
  CHECK(bomb.error().message == "the inflated request body is larger than 1024 bytes");
  RequestReader broken(SmallLimits());
  CHECK(ReadAll(broken, "POST / HTTP/1.1\r\nHost: h\r\nContent-Encoding: gzip\r\nContent-Length: 4\r\n\r\nabcd") ==
        State::kFailed);
  CHECK(broken.error().message == "the request body is not valid gzip");
}

}  // namespace lkg::http
