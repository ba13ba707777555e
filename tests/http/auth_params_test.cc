// Unit tests of the HTTP layer's pure parts: token checks, parameter
// parsing and the Status -> HTTP mapping.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

#include "http/api_error.h"
#include "http/auth.h"
#include "http/params.h"

namespace lkg::http {

TEST_CASE("ConstantTimeEquals compares whole strings") {
  CHECK(ConstantTimeEquals("secret-token", "secret-token"));
  CHECK_FALSE(ConstantTimeEquals("secret-token", "secret-tokeN"));
  CHECK_FALSE(ConstantTimeEquals("secret", "secret-token"));
  CHECK_FALSE(ConstantTimeEquals("secret-token", ""));
  CHECK(ConstantTimeEquals("", ""));
}

TEST_CASE("CheckWrite enforces read-only mode and the bearer token") {
  std::optional<std::string> token = "s3cret";
  auto refused = CheckWrite(true, std::nullopt, "");
  REQUIRE(refused);
  CHECK(refused->http_status == 403);
  CHECK(refused->message.find("read-only") != std::string::npos);
  CHECK_FALSE(CheckWrite(false, std::nullopt, ""));
  CHECK_FALSE(CheckWrite(false, token, "Bearer s3cret"));
  auto missing = CheckWrite(false, token, "");
  REQUIRE(missing);
  CHECK(missing->http_status == 401);
  CHECK(missing->message.find("Authorization: Bearer") != std::string::npos);
  auto wrong = CheckWrite(false, token, "Bearer s3cre");
  REQUIRE(wrong);
  CHECK(wrong->message == "the bearer token is not valid");
  CHECK(CheckWrite(false, token, "Basic s3cret"));
}

TEST_CASE("LoadTokenFile trims whitespace and rejects empty or missing files") {
  std::string path = "/tmp/lkg_http_token_test.txt";
  {
    std::ofstream out(path);
    out << "  abc123\n";
  }
  Result<std::string> token = LoadTokenFile(path);
  REQUIRE(token.ok());
  CHECK(*token == "abc123");
  {
    std::ofstream out(path);
    out << " \n";
  }
  Result<std::string> empty = LoadTokenFile(path);
  CHECK(empty.status().code() == StatusCode::kInvalidArgument);
  CHECK(empty.status().message().find("is empty") != std::string::npos);
  std::remove(path.c_str());
  CHECK(LoadTokenFile(path).status().code() == StatusCode::kNotFound);
}

TEST_CASE("IntParam accepts bounded whole numbers only") {
  Params p = {{"depth", "2"}, {"neg", "-1"}, {"big", "99999999999999999999999"}, {"word", "two"},
              {"high", "50"}, {"mixed", "3x"}, {"empty", ""}};
  CHECK(*IntParam(p, "depth", 1, 0, 3) == 2);
  CHECK(*IntParam(p, "absent", 7, 0, 9) == 7);
  CHECK(*IntParam(p, "empty", 7, 0, 9) == 7);
  Result<long long> neg = IntParam(p, "neg", 1, 0, 3);
  CHECK(neg.status().code() == StatusCode::kInvalidArgument);
  CHECK(neg.status().message() == "parameter 'neg' must be at least 0");
  CHECK(IntParam(p, "big", 1, 0, 3).status().message() == "parameter 'big' is out of range");
  CHECK(IntParam(p, "word", 1, 0, 3).status().message() == "parameter 'word' must be a whole number");
  CHECK(IntParam(p, "mixed", 1, 0, 3).status().code() == StatusCode::kInvalidArgument);
  Result<long long> high = IntParam(p, "high", 1, 0, 10);
  CHECK(high.status().code() == StatusCode::kLimitExceeded);
  CHECK(high.status().message() == "parameter 'high' is limited to 10");
}

TEST_CASE("TextParam and type lists reject invalid input with a named parameter") {
  Params p = {{"q", "MMTUK"}, {"bad", "a\xff"}, {"types", "union,company"}, {"types", "person"},
              {"wrong", "union,galaxy"}};
  CHECK(*TextParam(p, "q") == "MMTUK");
  CHECK(TextParam(p, "bad").status().message() == "parameter 'bad' is not valid UTF-8");
  CHECK(TextParam(p, "q", "", 3).status().code() == StatusCode::kInvalidArgument);
  Result<std::vector<NodeType>> types = NodeTypesParam(p, "types");
  REQUIRE(types.ok());
  CHECK(types->size() == 3);
  CHECK(NodeTypesParam(p, "wrong").status().message() == "unknown node type 'galaxy' in parameter 'wrong'");
  CHECK(EdgeTypesParam(p, "types").status().code() == StatusCode::kInvalidArgument);
}

TEST_CASE("Every StatusCode maps to one HTTP status; server errors hide details") {
  CHECK(HttpStatusFor(StatusCode::kNotFound) == 404);
  CHECK(HttpStatusFor(StatusCode::kInvalidArgument) == 400);
  CHECK(HttpStatusFor(StatusCode::kLimitExceeded) == 422);
  CHECK(HttpStatusFor(StatusCode::kBusy) == 503);
  CHECK(HttpStatusFor(StatusCode::kIOError) == 500);
  std::string logged;
  ApiError e = ErrorFromStatus(Status::IOError("cannot open /secret/path/db"), &logged);
  CHECK(e.http_status == 500);
  CHECK(e.message.find("/secret") == std::string::npos);
  CHECK(logged.find("/secret/path") != std::string::npos);
  CHECK(ErrorBody(ApiError{404, "not_found", "no node n:1"}) ==
        R"({"error":{"code":"not_found","message":"no node n:1"}})");
}

}  // namespace lkg::http
