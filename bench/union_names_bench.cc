// Union names, two measures.
// 1. The union-name parser (ParseUnionList) on the hand-labelled sample in
//    tests/data/union_labels/ (525 strings from ../shared/data: FMCS,
//    NLRB elections, NLRB case participants, union-names-us; labelled with
//    affiliation, local number and kind of body; train and test splits):
//    affiliation and local-number accuracy per split. The yardstick is
//    labordata's labor-union-parser: about 97 % affiliation, 98 % local number.
// 2. The union-name recogniser (LooksLikeUnion) on ../shared/data/union-names-us:
//    union_name_strings.csv are positives, nonunion_name_strings.csv negatives.
// Usage: union_names_bench [DATA_DIR] [--errors] (prints what each gets wrong).
// union-names-us is upstream's "unions_model_missed" file: strings their own
// model got wrong, so its rows are the hard part; figures print per source.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "ingest/names/union_names.h"
#include "ingest/names/union_parse_eval.h"
#include "ingest/records/csv_reader.h"

namespace {

std::vector<std::string> ReadColumn(const std::string& path) {
  std::vector<std::string> out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "cannot open " << path << "\n";
    return out;
  }
  lkg::records::CsvReader reader(in);
  std::vector<std::string> row;
  bool header = true;
  while (true) {
    auto next = reader.Next(row);
    if (!next.ok() || !*next) break;
    if (header) {
      header = false;
      continue;
    }
    if (!row.empty()) out.push_back(row[0]);
  }
  return out;
}

int ScoreParser(const std::string& split, bool errors) {
  auto labels = lkg::names::ReadUnionLabels(LKG_SOURCE_DIR "/tests/data/union_labels/" + split + ".tsv");
  if (!labels.ok()) {
    std::cerr << labels.status().ToString() << "\n";
    return 1;
  }
  lkg::names::UnionParseScore s = lkg::names::ScoreUnionParse(*labels);
  std::printf("union-name parser on the %s split: %zu strings\n", split.c_str(), s.rows);
  std::printf("  affiliation %.3f (%zu/%zu)  local number %.3f (%zu/%zu; %zu/%zu where the label has one)  kind %.3f\n",
              s.affiliation(), s.affiliation_right, s.rows, s.local(), s.local_right, s.rows, s.with_local_right,
              s.with_local, static_cast<double>(s.kind_right) / static_cast<double>(s.rows ? s.rows : 1));
  for (const char* source : {"fmcs", "nlrb-elections", "nlrb-cases", "union-names-us"}) {
    std::vector<lkg::names::UnionLabel> part;
    for (const auto& l : *labels) {
      if (l.source == source) part.push_back(l);
    }
    lkg::names::UnionParseScore p = lkg::names::ScoreUnionParse(part);
    std::printf("    %-15s %3zu strings: affiliation %.3f  local number %.3f\n", source, p.rows, p.affiliation(), p.local());
  }
  if (errors) {
    for (const auto& [label, p] : s.errors) {
      std::printf("    %-70.70s  want %s|%s  got %s|%s\n", label.text.c_str(), label.affiliation.c_str(),
                  label.local.c_str(), p.affiliation.c_str(), p.local.c_str());
    }
  }
  return 0;
}

int ScoreRecogniser(const std::string& dir, bool errors) {
  auto pos = ReadColumn(dir + "/union-names-us/union_name_strings.csv");
  auto neg = ReadColumn(dir + "/union-names-us/nonunion_name_strings.csv");
  if (pos.empty() || neg.empty()) return 1;
  size_t tp = 0, fn = 0, fp = 0, tn = 0;
  for (const auto& s : pos) {
    bool yes = lkg::names::LooksLikeUnion(s);
    yes ? ++tp : ++fn;
    if (!yes && errors) std::cout << "missed: " << s << "\n";
  }
  for (const auto& s : neg) {
    bool yes = lkg::names::LooksLikeUnion(s);
    yes ? ++fp : ++tn;
    if (yes && errors) std::cout << "false:  " << s << "\n";
  }
  double precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  double recall = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("union-name recogniser on union-names-us: positives=%zu negatives=%zu\n", pos.size(), neg.size());
  std::printf("  tp=%zu fn=%zu fp=%zu tn=%zu\n", tp, fn, fp, tn);
  std::printf("  precision=%.3f recall=%.3f f1=%.3f\n", precision, recall, f1);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 && argv[1][0] != '-' ? argv[1] : LKG_SOURCE_DIR "/../shared/data";
  bool errors = std::string(argv[argc - 1]) == "--errors";
  std::time_t now = std::time(nullptr);
  char date[32];
  std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
  std::printf("union_names_bench, %s, %u cores\n", date, std::thread::hardware_concurrency());
  int code = ScoreParser("train", errors) | ScoreParser("test", errors);
  return code | ScoreRecogniser(dir, errors);
}
