// The doctest runner. When LKG_TEST_CHILD is set the binary is a child
// process of a multi-process test (tests/engine/child_process.h) instead.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "tests/engine/child_process.h"

int main(int argc, char** argv) {
  int exit_code = 0;
  if (lkg::testing::RunChildModeIfRequested(exit_code)) return exit_code;
  return doctest::Context(argc, argv).run();
}
