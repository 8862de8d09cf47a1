#pragma once
// Builder operations for binary and multipart bodies (integration-json.md
// §8), for rules and generators given as pact-file JSON (§10), for the
// deprecated v1 header/query functions (§9.6) and interaction references.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "consumer/http_parts.hpp"
#include "model/interaction.hpp"
#include "model/spec_version.hpp"
#include "support/result.hpp"

namespace pact::consumer {

/// pactffi_with_binary_body: `body` nothing = a null body, "" = empty.
/// HTTP parts get a Content-Type header with the given text when none exists
/// (any case); messages get metadata contentType overwritten; a sync
/// response part appends a new response. No matching rules are added.
support::Status with_binary_body(model::Interaction& interaction, Part part, std::string_view content_type,
                                 std::optional<std::string_view> body);

/// pactffi_with_binary_file: like with_binary_body, but the body keeps no
/// content type of its own and, for `spec` >= V3, a ContentType rule at "$"
/// is added to the body rules.
support::Status with_binary_file(model::Interaction& interaction, Part part, std::string_view content_type,
                                 std::optional<std::string_view> body, model::SpecVersion spec);

/// A file part for with_multipart_file.
struct MultipartFile {
  std::string file_name;  ///< the name written in Content-Disposition
  std::string bytes;
};

/// Appends a file part to a multipart/form-data body of an HTTP part (a new
/// body when the part has no multipart body; `file` nothing = no part).
/// `boundary` nothing = random. Sets the Content-Type header, a header regex
/// rule and the body rule $.<part_name> ContentType(content_type).
support::Status with_multipart_file(model::Interaction& interaction, Part part, std::string_view content_type,
                                    const std::optional<MultipartFile>& file, std::string_view part_name,
                                    std::optional<std::string_view> boundary);

/// Reads the file at `path` for with_multipart_file.
support::Result<MultipartFile> read_multipart_file(const std::string& path);

/// Merges rules given as pact-file JSON into a part (§10). Error when the
/// text is not a JSON object or the rules cannot be read.
support::Status with_matching_rules(model::Interaction& interaction, Part part, std::string_view rules_json);

/// Merges generators given as pact-file JSON into a part (§10).
support::Status with_generators(model::Interaction& interaction, Part part, std::string_view generators_json);

/// Deprecated pactffi_with_header: value at `index` of the header named
/// exactly `name`; a JSON object value is integration JSON (§9.6).
support::Status with_header_v1(model::Interaction& interaction, Part part, std::string_view name, std::size_t index,
                               std::string_view value);

/// Deprecated pactffi_with_query_parameter (§9.6).
support::Status with_query_parameter_v1(model::Interaction& interaction, std::string_view name, std::size_t index,
                                        std::string_view value);

/// comments.references[group][name] = value (JSON text, or a string when it
/// does not parse).
void add_interaction_reference(model::Interaction& interaction, std::string_view group, std::string_view name,
                               std::string_view value);

}  // namespace pact::consumer
