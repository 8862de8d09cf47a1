#pragma once
// Pact files on disk: `<consumer>-<provider>.json` in a directory, written
// atomically (temporary file + rename) and merged with an existing file under
// a lock, so parallel test processes never tear a file (DESIGN.md §4).

#include <filesystem>
#include <string>

#include "model/pact.hpp"
#include "support/result.hpp"

namespace pact::pact_file {

/// The file name for a pact: "<consumer>-<provider>.json", names unchanged.
std::string file_name(const model::Pact& pact);

/// Writes `pact` as specification `version` into `directory` (created when
/// missing; empty = current directory). Without `overwrite` an existing file
/// is read and merged first (model::merge_pacts). Returns the path written.
support::Result<std::filesystem::path> write(const model::Pact& pact, const std::filesystem::path& directory,
                                             model::SpecVersion version, bool overwrite);

}  // namespace pact::pact_file
