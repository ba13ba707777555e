// The child side of child_process.h: when LKG_TEST_CHILD is set, main()
// runs that mode instead of doctest. Modes:
//   writer:DIR:START  applies synthetic documents START, START+1, … (with
//                     removals and url replacements) forever, writing one
//                     byte to stdout after each committed operation;
//   hold:DIR:COUNT    applies COUNT synthetic documents, writes "R", then
//                     keeps the store open until killed.
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "tests/engine/child_process.h"
#include "tests/engine/synthetic_docs.h"

namespace lkg::testing {
namespace {

void Say(const std::string& text) { (void)!::write(STDOUT_FILENO, text.data(), text.size()); }
void Complain(const std::string& text) { (void)!::write(STDERR_FILENO, text.data(), text.size()); }

int RemoveEarlier(GraphStore& store, uint64_t seq) {
  auto url = "https://synthetic.test/" + std::to_string((seq + 1) % kSyntheticUrls);
  auto found = store.NewReader()->FindDocumentByUrl(url);
  if (!found.ok()) return Complain(found.status().ToString() + "\n"), 4;
  if (!*found) return 0;
  auto removed = store.RemoveDocument(**found);
  if (!removed.ok()) return Complain(removed.status().ToString() + "\n"), 4;
  Say("-");
  return 0;
}

int RunWriter(const std::string& dir, uint64_t start, uint64_t count, bool hold) {
  auto store = GraphStore::Open(dir);
  if (!store.ok()) return Complain("child: " + store.status().ToString() + "\n"), 3;
  for (uint64_t seq = start; seq < start + count; ++seq) {
    if (!hold && seq % 9 == 0 && RemoveEarlier(**store, seq) != 0) return 4;
    auto applied = (*store)->Apply(SyntheticDoc(seq));
    if (!applied.ok()) return Complain("child: " + applied.status().ToString() + "\n"), 4;
    if (!hold) Say(".");
  }
  if (hold) {
    Say("R");
    for (;;) ::pause();
  }
  return 0;
}

int RunChildMode(const std::string& mode) {
  size_t first = mode.find(':'), last = mode.rfind(':');
  if (first == std::string::npos || last == first) return Complain("child: bad mode " + mode + "\n"), 2;
  std::string name = mode.substr(0, first);
  std::string dir = mode.substr(first + 1, last - first - 1);
  uint64_t number = std::strtoull(mode.c_str() + last + 1, nullptr, 10);
  if (name == "writer") return RunWriter(dir, number, 1000000, false);
  if (name == "hold") return RunWriter(dir, 0, number, true);
  return Complain("child: unknown mode " + name + "\n"), 2;
}

}  // namespace

bool RunChildModeIfRequested(int& exit_code) {
  const char* mode = std::getenv("LKG_TEST_CHILD");
  if (!mode || !*mode) return false;
  exit_code = RunChildMode(mode);
  return true;
}
}  // namespace lkg::testing
