// pact-verifier: verifies pacts against a running provider (verifier.md §14).
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "verifier/cli.hpp"

int main(int argc, char** argv) {
  try {
    const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return pact::verifier::run_cli(args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "ERROR: " << e.what() << '\n';
  }
  return 2;
}
