#pragma once
// An interaction of any kind: the attributes every V4 interaction has, plus
// the kind-specific parts in a variant (pact-file-format.md §12).

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/http.hpp"
#include "model/message.hpp"
#include "model/provider_state.hpp"
#include "support/json.hpp"

namespace pact::model {

struct SynchronousHttp {
  HttpRequest request;
  HttpResponse response;
  bool operator==(const SynchronousHttp&) const = default;
};

struct AsynchronousMessage {
  MessageContents contents;
  bool operator==(const AsynchronousMessage&) const = default;
};

struct SynchronousMessage {
  MessageContents request;
  std::vector<MessageContents> responses;
  bool operator==(const SynchronousMessage&) const = default;
};

/// V4 "interactionMarkup".
struct InteractionMarkup {
  std::string markup;
  std::string markup_type;  ///< "COMMON_MARK" or "HTML"
  bool operator==(const InteractionMarkup&) const = default;
};

enum class InteractionKind { SynchronousHttp, AsynchronousMessage, SynchronousMessage };

/// The V4 "type" string: "Synchronous/HTTP", "Asynchronous/Messages",
/// "Synchronous/Messages".
std::string_view interaction_kind_name(InteractionKind kind) noexcept;

struct Interaction {
  std::string description;
  std::optional<std::string> key;
  /// The Pact Broker's "_id" of the interaction; read, never written.
  std::optional<std::string> id;
  bool pending = false;
  std::vector<ProviderState> provider_states;
  json::object comments;             ///< "testname", "text", "references", ...
  json::object plugin_configuration;
  InteractionMarkup markup;
  std::optional<std::string> transport;
  std::variant<SynchronousHttp, AsynchronousMessage, SynchronousMessage> parts;

  InteractionKind kind() const noexcept { return static_cast<InteractionKind>(parts.index()); }
  SynchronousHttp* http() noexcept { return std::get_if<SynchronousHttp>(&parts); }
  const SynchronousHttp* http() const noexcept { return std::get_if<SynchronousHttp>(&parts); }

  bool operator==(const Interaction&) const = default;
};

}  // namespace pact::model
