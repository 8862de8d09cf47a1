#pragma once
// The message testcases of the pact specification (v3/message, v4/message):
// each side read through the pact codec as a one-message pact, then
// compared with matching::match_message.

#include <filesystem>
#include <string>
#include <vector>

#include "matching/mismatch.hpp"
#include "support/result.hpp"

namespace pact::conformance {

struct MessageTestcase {
  std::string version;        ///< "v3" or "v4"
  std::string relative_path;  ///< "v3/message/body/matches.json"
  bool expected_match = false;
  std::string comment;
};

/// Every file under <root>/<version>/message, sorted by path.
std::vector<MessageTestcase> discover_message_testcases(const std::filesystem::path& root);

/// The mismatches of the testcase's actual message against its expected one,
/// or the load error.
support::Result<std::vector<matching::Mismatch>> run_message_testcase(const std::filesystem::path& root,
                                                                      const MessageTestcase& testcase);

}  // namespace pact::conformance
