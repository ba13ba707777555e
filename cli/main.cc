#include <iostream>

#include "cli/command.h"

int main(int argc, char** argv) {
  return lkg::cli::Main(argc, argv, std::cin, std::cout, std::cerr);
}
