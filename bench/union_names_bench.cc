// Precision/recall of the union-name recogniser (LooksLikeUnion) on
// ../shared/data/union-names-us: union_name_strings.csv are positives,
// nonunion_name_strings.csv negatives. Usage: union_names_bench [DATA_DIR]
// [--errors] (prints misclassified strings).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "ingest/names/union_names.h"
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

}  // namespace

int main(int argc, char** argv) {
  std::string dir = argc > 1 && argv[1][0] != '-' ? argv[1] : LKG_SOURCE_DIR "/../shared/data";
  bool errors = std::string(argv[argc - 1]) == "--errors";
  auto pos = ReadColumn(dir + "/union-names-us/union_name_strings.csv");
  auto neg = ReadColumn(dir + "/union-names-us/nonunion_name_strings.csv");
  if (pos.empty() || neg.empty()) return 1;
  size_t tp = 0, fn = 0, fp = 0, tn = 0;
  for (const auto& s : pos) {
    if (lkg::names::LooksLikeUnion(s)) {
      ++tp;
    } else {
      ++fn;
      if (errors) std::cout << "missed: " << s << "\n";
    }
  }
  for (const auto& s : neg) {
    if (lkg::names::LooksLikeUnion(s)) {
      ++fp;
      if (errors) std::cout << "false:  " << s << "\n";
    } else {
      ++tn;
    }
  }
  double precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0;
  double recall = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0;
  double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("union-name recogniser on union-names-us: positives=%zu negatives=%zu\n", pos.size(), neg.size());
  std::printf("  tp=%zu fn=%zu fp=%zu tn=%zu\n", tp, fn, fp, tn);
  std::printf("  precision=%.3f recall=%.3f f1=%.3f\n", precision, recall, f1);
  return 0;
}
