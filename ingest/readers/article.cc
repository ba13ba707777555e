#include "ingest/readers/article.h"

#include "ingest/text/dates.h"

namespace lkg::ingest {
namespace {

struct Line {
  uint32_t start, end;
  std::string_view text;
};

std::vector<Line> Lines(std::string_view text) {
  std::vector<Line> out;
  uint32_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    uint32_t end = nl == std::string_view::npos ? static_cast<uint32_t>(text.size()) : static_cast<uint32_t>(nl);
    out.push_back({pos, end, text.substr(pos, end - pos)});
    pos = end + 1;
  }
  return out;
}

std::string DatelineDate(std::string_view line) {
  if (line.empty() || line.size() > 40) return "";
  auto d = ParseDateString(line);
  return d ? FormatIso(*d) : "";
}

// A date opening one of the first lines: "ITUC, 14 June 2023 - The ...",
// "LONDON, June 14, 2023 (Reuters) -".
std::string LeadDate(const std::vector<Line>& lines) {
  int seen = 0;
  for (const Line& l : lines) {
    if (l.text.empty()) continue;
    if (++seen > 4) break;
    std::string_view head = l.text.substr(0, 60);
    std::vector<Token> tokens = Tokenize(head, 0, static_cast<uint32_t>(head.size()));
    for (const DateMention& d : FindDates(tokens)) {
      if (d.date.year != 0 && d.first_token <= 4) return FormatIso(d.date);
    }
  }
  return "";
}

}  // namespace

std::string GuessTitle(std::string_view text) {
  for (const Line& l : Lines(text)) {
    if (l.text.empty() || !DatelineDate(l.text).empty()) continue;
    if (l.text.size() > 200) return "";
    return std::string(l.text);
  }
  return "";
}

std::vector<Section> SplitSections(std::string_view text, const std::string& published) {
  std::vector<Line> lines = Lines(text);
  std::vector<size_t> datelines;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!DatelineDate(lines[i].text).empty()) datelines.push_back(i);
  }
  std::vector<Section> out;
  if (datelines.size() <= 1) {
    Section s{0, static_cast<uint32_t>(text.size()), GuessTitle(text), published};
    if (datelines.size() == 1 && published.empty()) s.date = DatelineDate(lines[datelines[0]].text);
    if (s.date.empty()) s.date = LeadDate(lines);
    out.push_back(s);
    return out;
  }
  // A listing: each item starts at the title line just above its dateline.
  auto title_line = [&](size_t d) {
    size_t t = d;
    while (t > 0 && lines[t - 1].text.empty()) --t;
    return t > 0 ? t - 1 : d;
  };
  size_t first = title_line(datelines[0]);
  if (lines[first].start > 0) {
    out.push_back({0, lines[first].start, GuessTitle(text.substr(0, lines[first].start)), published});
  }
  for (size_t k = 0; k < datelines.size(); ++k) {
    size_t t = title_line(datelines[k]);
    uint32_t end = k + 1 < datelines.size() ? lines[title_line(datelines[k + 1])].start
                                            : static_cast<uint32_t>(text.size());
    std::string title = t != datelines[k] ? std::string(lines[t].text) : "";
    out.push_back({lines[t].start, end, title, DatelineDate(lines[datelines[k]].text), true});
  }
  return out;
}

}  // namespace lkg::ingest
