#pragma once
// A body (or message contents) in one of the four states of
// pact-file-format.md §10.1, with its bytes and content type.

#include <string>

namespace pact::model {

enum class BodyState { Missing, Empty, Null, Present };

/// How a V4 body asks to be treated regardless of its content type.
enum class ContentTypeHint { Default, Text, Binary };

struct Body {
  BodyState state = BodyState::Missing;
  std::string bytes;          ///< raw contents when Present
  std::string content_type;   ///< the body's own content type; empty = unknown
  ContentTypeHint hint = ContentTypeHint::Default;

  static Body missing() { return {}; }
  static Body empty() { return {BodyState::Empty, {}, {}, ContentTypeHint::Default}; }
  static Body null() { return {BodyState::Null, {}, {}, ContentTypeHint::Default}; }
  static Body present(std::string bytes, std::string content_type = {}) {
    if (bytes.empty()) return empty();
    return {BodyState::Present, std::move(bytes), std::move(content_type), ContentTypeHint::Default};
  }

  bool is_present() const noexcept { return state == BodyState::Present; }
  bool operator==(const Body&) const = default;
};

}  // namespace pact::model
