// Readers: text normalisation, HTML, boilerplate, JSONL records, listing pages, bad input.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/readers/article.h"
#include "ingest/readers/boilerplate.h"
#include "ingest/readers/html_reader.h"
#include "ingest/ingest_record.h"
#include "ingest/readers/input_reader.h"
#include "ingest/text/norm_key.h"
#include "engine/name_normalizer.h"
#include "ingest/readers/text_normalizer.h"
#include "tests/ingest/extract_helpers.h"

using namespace lkg::ingest;
namespace fs = std::filesystem;

TEST_CASE("normalise: NFC, smart quotes, NBSP, CRLF, glued datelines") {
  auto r = NormalizeArticleText("Cafe\xCC\x81 \xE2\x80\x9Cquoted\xE2\x80\x9D it\xE2\x80\x99s\xC2\xA0here\r\nnext");
  REQUIRE(r.ok());
  CHECK(*r == "Caf\xC3\xA9 \"quoted\" it's here\nnext");
  auto d = NormalizeArticleText("10 May, 2016IndustriALL Global Union held workshops.");
  REQUIRE(d.ok());
  CHECK(*d == "10 May, 2016\nIndustriALL Global Union held workshops.");
}

TEST_CASE("normalise: errors name the problem") {
  auto bad = NormalizeArticleText(std::string("abc\xFF\xFE def"));
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message() == "invalid UTF-8 at byte 3");
  auto bin = NormalizeArticleText(std::string("ab\0cd", 5));
  REQUIRE_FALSE(bin.ok());
  CHECK(bin.status().message() == "binary data (NUL bytes), not text");
  auto empty = NormalizeArticleText("  \n\n 123 ");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "no text (empty or no letters)");
  auto big = NormalizeArticleText(std::string(kMaxArticleBytes + 1, 'a'));
  REQUIRE_FALSE(big.ok());
  CHECK(big.status().code() == lkg::StatusCode::kLimitExceeded);
  CHECK(big.status().message().find("the limit is") != std::string::npos);
}

TEST_CASE("boilerplate: page chrome lines go, article lines stay") {
  CHECK(IsBoilerplateLine("Jump to main content"));
  CHECK(IsBoilerplateLine("IndustriALL logotype"));
  CHECK(IsBoilerplateLine("Read this article in:"));
  CHECK(IsBoilerplateLine("Showing 31-39 of 39 results"));
  CHECK(IsBoilerplateLine("We use cookies to improve your experience"));
  CHECK(IsBoilerplateLine("Share this"));
  CHECK_FALSE(IsBoilerplateLine("Union leaders in Kyrgyzstan must be released immediately"));
  std::string s = StripBoilerplate("Jump to main content\nVadim Borisov ([email protected]) heads the team.\nEnglish");
  CHECK(s.find("Jump") == std::string::npos);
  CHECK(s.find("[email") == std::string::npos);
  CHECK(s.find("Vadim Borisov heads the team.") != std::string::npos);
}

TEST_CASE("html: block structure kept, chrome dropped, title and date read") {
  std::string html =
      "<html><head><title>Site | Strike</title><meta property='article:published_time' content='2016-05-10'>"
      "<script>var x=1;</script></head><body><nav><a>Home</a><a>News</a></nav>"
      "<div class='cookie-banner'>We use cookies</div><article><h1>Workers strike</h1>"
      "<p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p><ul><li>One</li><li>Two</li></ul>"
      "<div class='share-links'>Share on Facebook</div></article><footer>Copyright</footer></body></html>";
  auto r = ReadHtml(html);
  REQUIRE(r.ok());
  CHECK(r->title == "Site | Strike");
  CHECK(r->published == "2016-05-10");
  CHECK(r->text.find("Workers strike\n") != std::string::npos);
  CHECK(r->text.find("First paragraph.\n") != std::string::npos);
  CHECK(r->text.find("Second bold paragraph.") != std::string::npos);
  CHECK(r->text.find("One\n") != std::string::npos);
  CHECK(r->text.find("Home") == std::string::npos);
  CHECK(r->text.find("cookies") == std::string::npos);
  CHECK(r->text.find("var x") == std::string::npos);
  CHECK(r->text.find("Facebook") == std::string::npos);
  CHECK(r->text.find("Copyright") == std::string::npos);
}

TEST_CASE("html: broken markup degrades gracefully") {
  auto r = ReadHtml("<p>Unclosed <b>bold <i>text<p>Next paragraph with <a href=x>link</div></span>");
  REQUIRE(r.ok());
  CHECK(r->text.find("Unclosed bold text") != std::string::npos);
  CHECK(r->text.find("Next paragraph with link") != std::string::npos);
  auto empty = ReadHtml("<html><body><script>x</script></body></html>");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message() == "HTML page has no article text");
}

TEST_CASE("non-English text degrades gracefully") {
  lkg::DocumentFacts f = testing::Extract(
      "Профсоюз горняков Кыргызстана заявил протест. Le syndicat CGT a appelé à la grève en France. "
      "Türkiye'de Birleşik Metal-İş sendikası grev kararı aldı.");
  CHECK(f.document.text.size() > 0);
  CHECK(testing::TypeOf(f, "France") == "country");
}

TEST_CASE("listing pages split into dated items") {
  std::string text =
      "Showing 31-39 of 39 results\n\nFirst item title\n\n7 September, 2015\nIndustriALL met in Moldova.\n\n"
      "Second item title\n\n11 December, 2023\nTadjibaev was arrested on 6 December.";
  auto sections = SplitSections(text, "");
  REQUIRE(sections.size() == 3);
  CHECK(sections[1].title == "First item title");
  CHECK(sections[1].date == "2015-09-07");
  CHECK(sections[2].title == "Second item title");
  CHECK(sections[2].date == "2023-12-11");
}

TEST_CASE("JSONL: a broken line is reported with its line number, the others are read") {
  std::istringstream in(
      "{\"text\": \"Workers struck in Chile.\", \"title\": \"A\", \"url\": \"u1\", \"date\": \"2005-04-01\"}\n"
      "{\"text\": broken\n"
      "\n"
      "{\"title\": \"no text\"}\n"
      "{\"html\": \"<p>Strike in Peru.</p>\", \"source\": \"S\"}\n");
  std::vector<InputRecord> records;
  std::vector<std::string> problems;
  ReadStream(in, "feed.jsonl", [&](InputRecord&& r) { records.push_back(std::move(r)); },
             [&](const std::string& o, const lkg::Status& s) { problems.push_back(o + ": " + s.message()); });
  REQUIRE(records.size() == 2);
  CHECK(records[0].origin == "feed.jsonl:1");
  CHECK(records[0].url == "u1");
  CHECK(records[0].date == "2005-04-01");
  CHECK(records[1].html);
  CHECK(records[1].source == "S");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "feed.jsonl:2: malformed JSON");
  CHECK(problems[1] == "feed.jsonl:4: a record needs a \"text\" or \"html\" string");
}

TEST_CASE("files: empty, binary, too large, missing, directories") {
  fs::path dir = fs::temp_directory_path() / "lkg_readers_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "empty.txt") << "  \n";
  std::ofstream(dir / "sub" / "ok.txt") << "Workers struck at Acme Ltd in Chile.";
  std::ofstream(dir / "skip.png") << "x";
  { std::ofstream big(dir / "big.txt"); big << std::string(kMaxFileBytes + 10, 'a'); }
  std::vector<InputRecord> records;
  std::vector<std::string> problems;
  auto rec = [&](InputRecord&& r) { records.push_back(std::move(r)); };
  auto prob = [&](const std::string& o, const lkg::Status& s) {
    problems.push_back(fs::path(o).filename().string() + ": " + s.message());
  };
  ReadPath(dir.string(), rec, prob);
  REQUIRE(records.size() == 1);
  CHECK(records[0].body == "Workers struck at Acme Ltd in Chile.");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rfind("big.txt: file is ", 0) == 0);
  CHECK(problems[1] == "empty.txt: empty file");
  problems.clear();
  ReadPath((dir / "missing.txt").string(), rec, prob);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "missing.txt: no such file or directory");
  { std::ofstream bin(dir / "bin.txt", std::ios::binary); bin.write("PK\0\0\x01\x02", 6); }
  records.clear();
  ReadPath((dir / "bin.txt").string(), rec, prob);
  REQUIRE(records.size() == 1);
  auto facts = ExtractRecord(records[0]);
  REQUIRE_FALSE(facts.ok());
  CHECK(facts.status().message() == "binary data (NUL bytes), not text");
  fs::remove_all(dir);
}

TEST_CASE("NormKey equals NormalizeName") {
  for (const char* s : {"The Workers' Union", "Öz Çelik-İş", "U.S.", "the", "Theatre of the Absurd", "AFL-CIO",
                        "  spaced   out ", "Trade_Union", "Mc`Donald", "Kyrgyzstan's"}) {
    CAPTURE(s);
    CHECK(NormKey(s) == lkg::NormalizeName(s));
  }
}

TEST_CASE("article date from a lead dateline ('ITUC, 14 June 2023 - ...')") {
  auto sections = SplitSections("Title line\n\nITUC, 14 June 2023 - Unionists were arrested on 2 May.", "");
  REQUIRE(sections.size() == 1);
  CHECK(sections[0].date == "2023-06-14");
  CHECK(sections[0].title == "Title line");
}
