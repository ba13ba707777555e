// The full-text index benchmark.
//   fulltext_bench build STORE JSONL N   writes N articles (cycling through JSONL,
//                                        each copy made distinct) into a new store
//   fulltext_bench index STORE           deletes STORE/fulltext, rebuilds it, prints
//                                        articles/s (with cores, date and load)
//   fulltext_bench search STORE QUERY…   each query 50 times on one thread (one
//                                        searcher): mean ms per search
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "engine/fulltext_index.h"
#include "engine/graph_store.h"
#include "engine/ids.h"

namespace lkg::bench {
namespace {

using Clock = std::chrono::steady_clock;

// User + system CPU seconds of this process so far.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::vector<nlohmann::json> ReadArticles(const std::string& path) {
  std::vector<nlohmann::json> articles;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) articles.push_back(std::move(j));
  }
  return articles;
}

int Build(const std::string& dir, const std::string& jsonl, size_t n) {
  std::vector<nlohmann::json> articles = ReadArticles(jsonl);
  if (articles.empty()) return std::cerr << "fulltext_bench: no articles in " << jsonl << "\n", 1;
  auto store = GraphStore::Open(dir, IngestStoreOptions());
  if (!store.ok()) return std::cerr << "fulltext_bench: " << store.status().message() << "\n", 1;
  for (size_t i = 0; i < n; ++i) {
    const nlohmann::json& a = articles[i % articles.size()];
    DocumentFacts facts;
    facts.document.title = a.value("title", "") + (i < articles.size() ? "" : " (copy " + std::to_string(i) + ")");
    facts.document.text = a["text"].get<std::string>() + "\n\nCopy " + std::to_string(i) + ".";
    facts.document.url = "https://bench.test/" + std::to_string(i);
    facts.document.lang = "en";
    facts.document.published = a.value("published", a.value("date", ""));
    Result<ApplyResult> applied = (*store)->Apply(facts);
    if (!applied.ok()) return std::cerr << "fulltext_bench: " << applied.status().message() << "\n", 1;
  }
  std::cout << "wrote " << n << " articles into " << dir << "\n";
  return 0;
}

int Index(const std::string& dir) {
  StoreOptions options;
  options.read_only = true;
  auto store = GraphStore::Open(dir, options);
  if (!store.ok()) return std::cerr << "fulltext_bench: " << store.status().message() << "\n", 1;
  std::filesystem::remove_all(FullTextDir(dir));
  auto reader = (*store)->NewReader();
  auto start = Clock::now();
  double cpu_start = CpuSeconds();
  auto index = FullTextIndex::OpenWritable(dir);
  if (!index.ok()) return std::cerr << "fulltext_bench: " << index.status().message() << "\n", 1;
  Result<size_t> indexed = (*index)->CatchUp(*reader);
  if (!indexed.ok()) return std::cerr << "fulltext_bench: " << indexed.status().message() << "\n", 1;
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  double cpu = CpuSeconds() - cpu_start;
  double load[1] = {0};
  getloadavg(load, 1);
  // On a shared machine the wall-clock rate follows the share of a core the
  // process got; the CPU-time rate is what one free core would do.
  std::cout << "index build: " << *indexed << " articles in " << seconds << " s wall = "
            << static_cast<long long>(*indexed / seconds) << " articles/s; " << cpu << " s CPU = "
            << static_cast<long long>(*indexed / cpu) << " articles per CPU-second ("
            << sysconf(_SC_NPROCESSORS_ONLN) << " cores, load average " << load[0] << ")\n";
  return 0;
}

int Search(const std::string& dir, const std::vector<std::string>& queries) {
  FullTextSearcher searcher(dir);
  constexpr int kRounds = 50;
  auto start = Clock::now();
  double cpu_start = CpuSeconds();
  for (int round = 0; round < kRounds; ++round) {
    for (const std::string& q : queries) {
      TextSearchRequest request;
      request.query = q;
      Result<TextSearchPage> page = searcher.Search(request);
      if (!page.ok()) return std::cerr << "fulltext_bench: " << page.status().message() << "\n", 1;
    }
  }
  double searches = static_cast<double>(kRounds * queries.size());
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << "search: " << searches << " searches, " << seconds * 1000 / searches << " ms wall, "
            << (CpuSeconds() - cpu_start) * 1000 / searches << " ms CPU per search (10 hits with snippets)\n";
  return 0;
}

}  // namespace
}  // namespace lkg::bench

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "build" && argc == 5) return lkg::bench::Build(argv[2], argv[3], std::stoul(argv[4]));
  if (mode == "index" && argc == 3) return lkg::bench::Index(argv[2]);
  if (mode == "search" && argc > 3) return lkg::bench::Search(argv[2], std::vector<std::string>(argv + 3, argv + argc));
  std::cerr << "usage: fulltext_bench build STORE JSONL N | index STORE | search STORE QUERY...\n";
  return 2;
}
