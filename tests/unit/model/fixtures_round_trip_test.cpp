// Every pact found under the compatibility-suite fixtures survives
// read -> write -> read unchanged, in its own version and as V4.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "model/pact_json.hpp"
#include "print_pact.hpp"

namespace pact::model {
namespace {

// A fixture is a pact when it is an object with pact top-level attributes;
// the others are bodies and matching-rule fragments.
bool looks_like_pact(const json::value& v) {
  const auto* obj = v.if_object();
  return obj != nullptr && (obj->contains("interactions") || obj->contains("messages")) &&
         (obj->contains("consumer") || obj->contains("provider"));
}

TEST(Fixtures, PactsRoundTrip) {
  const std::filesystem::path root = std::filesystem::path(PACT_SHARED_REFERENCE) / "compatibility-suite" / "fixtures";
  ASSERT_TRUE(std::filesystem::exists(root)) << root;
  int pacts = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = json::parse(text.str());
    if (!parsed.ok() || !looks_like_pact(parsed.value())) {
      std::cout << "[ skipped  ] " << entry.path().filename().string() << ": not a pact\n";
      continue;
    }
    SCOPED_TRACE(entry.path().string());
    ++pacts;
    auto pact = read_pact(parsed.value());
    ASSERT_TRUE(pact.ok()) << pact.error().message;
    for (const auto version : {pact->spec_version, SpecVersion::V4}) {
      auto written = write_pact(pact.value(), version);
      ASSERT_TRUE(written.ok()) << written.error().message;
      auto again = read_pact(written.value());
      ASSERT_TRUE(again.ok()) << again.error().message;
      auto expected = pact.value();
      expected.spec_version = version;
      // V4 files list interactions sorted by description (pact-file-format.md §16).
      if (version == SpecVersion::V4) {
        std::stable_sort(expected.interactions.begin(), expected.interactions.end(),
                         [](const auto& a, const auto& b) { return a.description < b.description; });
      }
      EXPECT_EQ(again.value(), expected) << written.value();
    }
  }
  EXPECT_GE(pacts, 2);
}

}  // namespace
}  // namespace pact::model
