// Extraction speed: articles/s and MB/s, one thread, for extraction alone
// and for extraction + entity resolution + storing (GraphStore::Apply), on
// 2-4 KB articles; then a long run to N articles showing memory (RSS).
//
// Usage: extraction_speed JSONL [--articles N] [--long N] [--db DIR]
//   JSONL       e.g. ../shared/data/wikinews-economy/wikinews_economy.jsonl
//   --articles  how many 2-4 KB articles to time (default 1000; the file's
//               articles are repeated with a copy marker to reach it)
//   --long      articles of the long run (default 0 = skip; e.g. 10000)
//   --entity-model FILE  extract with this entity tagger model (entity_cv --save)
//               instead of the default model's
//   --rules-only 1  extract without an entity tagger (the default model's other parts stay)
//   --memtable-mb N, --cache-mb N, --index-in-cache 0|1: override the RocksDB
//               budgets of IngestStoreOptions() (what `lkg ingest` uses)
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "ingest/ingest_record.h"
#include "ingest/model/model_bundle.h"
#include "ingest/readers/input_reader.h"

namespace {

using lkg::ingest::InputRecord;

std::vector<InputRecord> LoadRecords(const std::string& path, size_t min_bytes, size_t max_bytes) {
  std::vector<InputRecord> out;
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    auto r = lkg::ingest::RecordFromJson(line, path + ":" + std::to_string(++n));
    if (r.ok() && r->body.size() >= min_bytes && r->body.size() <= max_bytes) out.push_back(std::move(*r));
  }
  return out;
}

// The i-th article of the run: a distinct text (a copy marker after the first round).
InputRecord Nth(const std::vector<InputRecord>& base, size_t i) {
  InputRecord r = base[i % base.size()];
  if (i >= base.size()) r.body += "\n\n(copy " + std::to_string(i / base.size()) + ")";
  if (!r.url.empty() && i >= base.size()) r.url += "#copy" + std::to_string(i / base.size());
  return r;
}

struct Run {
  size_t articles = 0, bytes = 0, failed = 0;
  double seconds = 0;
  double cpu_seconds = 0;  // of the whole process (RocksDB's threads too): steadier than wall time on a busy machine
};

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

void Print(const char* label, const Run& r) {
  std::printf("%-34s %7zu articles  %8.1f articles/s  %6.2f MB/s  (%zu failed)  %8.1f articles/cpu-s\n", label,
              r.articles, r.articles / r.seconds, r.bytes / r.seconds / 1e6, r.failed, r.articles / r.cpu_seconds);
}

Run ExtractOnly(const lkg::ingest::model::ModelBundle& bundle, const std::vector<InputRecord>& base, size_t n,
                size_t report_every) {
  Run run;
  const double cpu_start = CpuSeconds();
  auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < n; ++i) {
    InputRecord r = Nth(base, i);
    run.bytes += r.body.size();
    run.failed += !lkg::ingest::ExtractRecord(r, &bundle).ok();
    ++run.articles;
    if (report_every && (i + 1) % report_every == 0) {
      std::printf("  after %6zu articles: %8.1f articles/s  RSS %6.1f MB\n", i + 1,
                  (i + 1) / lkg::bench::Seconds(start), lkg::bench::RssMb());
      std::fflush(stdout);
    }
  }
  run.seconds = lkg::bench::Seconds(start);
  run.cpu_seconds = CpuSeconds() - cpu_start;
  return run;
}

Run IngestAll(lkg::ingest::Ingester& ingester, const std::vector<InputRecord>& base, size_t n, size_t report_every) {
  Run run;
  const double cpu_start = CpuSeconds();
  auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < n; ++i) {
    InputRecord r = Nth(base, i);
    run.bytes += r.body.size();
    run.failed += !ingester.Ingest(r).ok();
    ++run.articles;
    if (report_every && (i + 1) % report_every == 0) {
      std::printf("  after %6zu articles: %8.1f articles/s  RSS %6.1f MB\n", i + 1,
                  (i + 1) / lkg::bench::Seconds(start), lkg::bench::RssMb());
      std::fflush(stdout);
    }
  }
  run.seconds = lkg::bench::Seconds(start);
  run.cpu_seconds = CpuSeconds() - cpu_start;
  return run;
}

struct Flags {
  std::string db = (std::filesystem::temp_directory_path() / "lkg_extraction_speed").string();
  size_t articles = 1000, long_run = 0;
  std::string entity_model;
  bool rules_only = false;
  lkg::StoreOptions options = lkg::IngestStoreOptions();  // as `lkg ingest` opens the store
};

// The options after the JSONL path (see the usage at the top of this file).
Flags ParseFlags(int argc, char** argv) {
  Flags f;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--articles") f.articles = std::stoul(argv[i + 1]);
    else if (flag == "--long") f.long_run = std::stoul(argv[i + 1]);
    else if (flag == "--db") f.db = argv[i + 1];
    else if (flag == "--entity-model") f.entity_model = argv[i + 1];
    else if (flag == "--rules-only") f.rules_only = std::string(argv[i + 1]) == "1";
    else if (flag == "--memtable-mb") f.options.memtable_bytes = std::stoul(argv[i + 1]) << 20;
    else if (flag == "--cache-mb") f.options.block_cache_bytes = std::stoul(argv[i + 1]) << 20;
    else if (flag == "--index-in-cache") f.options.index_in_cache = std::string(argv[i + 1]) == "1";
  }
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: extraction_speed JSONL [--articles N] [--long N] [--db DIR] [--memtable-mb N] "
                         "[--cache-mb N] [--index-in-cache 0|1] [--entity-model FILE] [--rules-only 1]\n");
    return 2;
  }
  std::string path = argv[1];
  Flags flags = ParseFlags(argc, argv);
  const std::string& db = flags.db;
  const size_t articles = flags.articles, long_run = flags.long_run;
  const lkg::StoreOptions& options = flags.options;
  lkg::ingest::model::ModelBundle bundle = lkg::ingest::model::ModelBundle::Default();
  if (flags.rules_only) bundle.RemovePart(lkg::ingest::model::kEntitiesPart);
  if (!flags.entity_model.empty()) {
    std::ifstream in(flags.entity_model, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto model = lkg::ingest::model::LinearModel::Parse(bytes);
    lkg::Status set = model.ok() ? bundle.SetPart(std::string(lkg::ingest::model::kEntitiesPart), *model)
                                 : model.status();
    if (!set.ok()) {
      std::fprintf(stderr, "%s: %s\n", flags.entity_model.c_str(), set.message().c_str());
      return 1;
    }
  }
  std::printf("entity tagger: %s\n", bundle.entity_tagger() == nullptr ? "none (rules only)"
                                      : flags.entity_model.empty() ? "the compiled-in default's"
                                                                   : flags.entity_model.c_str());
  std::vector<InputRecord> small = LoadRecords(path, 2000, 4000);
  std::vector<InputRecord> all = LoadRecords(path, 1, 1u << 22);
  if (small.empty() || all.empty()) {
    std::fprintf(stderr, "no usable articles in %s\n", path.c_str());
    return 1;
  }
  std::printf("extraction speed, one thread; %zu distinct 2-4 KB articles in %s\n", small.size(), path.c_str());
  Print("extract only (2-4 KB):", ExtractOnly(bundle, small, articles, 0));
  std::filesystem::remove_all(db);
  {
    auto store = lkg::GraphStore::Open(db, options);
    if (!store.ok()) {
      std::fprintf(stderr, "store: %s\n", store.status().ToString().c_str());
      return 1;
    }
    lkg::ingest::Ingester ingester(**store, &bundle);
    Print("extract + resolve + store (2-4 KB):", IngestAll(ingester, small, articles, 0));
  }
  if (long_run > 0) {
    std::printf("long run: %zu articles of %s (all sizes, repeated), extraction only\n", long_run, path.c_str());
    Print("long run (extract only):", ExtractOnly(bundle, all, long_run, long_run / 5));
    std::filesystem::remove_all(db);
    auto store = lkg::GraphStore::Open(db, options);
    if (!store.ok()) return 1;
    lkg::ingest::Ingester ingester(**store, &bundle);
    std::printf("long run: %zu articles, extract + resolve + store (RocksDB memtables may take up to\n"
                "%zu MB and the block cache %zu MB before RSS levels off)\n", long_run,
                options.memtable_bytes >> 20, options.block_cache_bytes >> 20);
    Print("long run (extract + store):", IngestAll(ingester, all, long_run, long_run / 20));
    std::printf("peak RSS %.1f MB\n", lkg::bench::RssMb("VmHWM:"));
  }
  std::filesystem::remove_all(db);
  return 0;
}
