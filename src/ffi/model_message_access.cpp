#include "ffi/model_message_access.hpp"

#include <algorithm>
#include <cstring>
#include <utility>
#include <variant>

#include "ffi/args.hpp"
#include "ffi/guard.hpp"
#include "ffi/ownership.hpp"
#include "generators/generate.hpp"
#include "model/content_type.hpp"
#include "model/spec_version.hpp"
#include "support/utf8.hpp"

namespace pact::ffi {
namespace {

// The reference only renders text bodies as strings: the hint decides, else
// the content type (pact-file-format.md §10.5). A body without any content
// type is detected from its first characters.
bool is_text_body(const model::Body& body) {
  if (body.hint == model::ContentTypeHint::Text) return true;
  if (body.hint == model::ContentTypeHint::Binary) return false;
  const auto type = model::effective_content_type(body, nullptr);
  return type.has_value() && type->is_text();
}

std::string parsed_content_type(const char* content_type) {
  if (auto text = optional_str(content_type)) {
    if (auto type = model::parse_content_type(*text)) return type->to_string();
  }
  return {};
}

}  // namespace

model::AsynchronousMessage& async_parts(InteractionObject& object) {
  auto* parts = std::get_if<model::AsynchronousMessage>(&object.interaction.get().parts);
  if (parts == nullptr) fail("message is not an asynchronous message");
  return *parts;
}

model::SynchronousMessage& sync_parts(InteractionObject& object) {
  auto* parts = std::get_if<model::SynchronousMessage>(&object.interaction.get().parts);
  if (parts == nullptr) fail("message is not a synchronous message");
  return *parts;
}

model::Interaction empty_async_interaction() {
  model::Interaction interaction;
  interaction.parts = model::AsynchronousMessage{};
  return interaction;
}

model::Interaction empty_sync_interaction() {
  model::Interaction interaction;
  interaction.parts = model::SynchronousMessage{};
  return interaction;
}

char* body_as_c_string(const model::Body& body) {
  switch (body.state) {
    case model::BodyState::Missing:
      return nullptr;
    case model::BodyState::Empty:
    case model::BodyState::Null:
      return hand_over_string("");
    case model::BodyState::Present:
      break;
  }
  if (!is_text_body(body) || !support::is_valid_utf8(body.bytes)) return hand_over_string("");
  return hand_over_string(body.bytes);
}

const unsigned char* body_bytes(const model::Body& body) noexcept {
  if (!body.is_present() || body.bytes.empty()) return nullptr;
  return reinterpret_cast<const unsigned char*>(body.bytes.data());
}

std::size_t body_length(const model::Body& body) noexcept { return body.is_present() ? body.bytes.size() : 0; }

void set_body_text(model::Body& body, const char* text, const char* content_type, const char* param_name) {
  if (text == nullptr) {
    body = model::Body::null();
    return;
  }
  const auto value = required_str(text, param_name);
  body = model::Body::present(std::string(value), parsed_content_type(content_type));
  body.hint = model::ContentTypeHint::Text;
}

void set_body_bytes(model::Body& body, const unsigned char* bytes, std::size_t len, const char* content_type) {
  if (bytes == nullptr) {
    body = model::Body::null();
    return;
  }
  std::string copy(len, '\0');
  if (len > 0) std::memcpy(copy.data(), bytes, len);
  body = model::Body::present(std::move(copy), parsed_content_type(content_type));
  body.hint = model::ContentTypeHint::Binary;
}

std::string metadata_text(const json::value& value) {
  if (const auto* text = value.if_string()) return std::string(*text);
  return json::write(value);
}

std::unique_ptr<MessageMetadataIterator> make_metadata_iterator(const json::object& metadata) {
  auto iter = std::make_unique<MessageMetadataIterator>();
  for (const auto& entry : metadata) {
    iter->entries.emplace_back(std::string(entry.key()), metadata_text(entry.value()));
  }
  std::sort(iter->entries.begin(), iter->entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return iter;
}

model::MessageContents generated_contents(const model::MessageContents& contents) {
  // Consumer mode with an empty context (generators.md §12).
  return generators::apply_message_generators(contents, generators::GeneratorContext{});
}

std::map<std::string, std::map<std::string, std::string>> message_pact_metadata(const model::Pact& pact) {
  std::map<std::string, std::map<std::string, std::string>> out;
  for (const auto& entry : pact.metadata) {
    // The V3 model keeps only object-valued namespaces (pact-file-format.md §5).
    auto& inner = out[std::string(entry.key())];
    if (const auto* members = entry.value().if_object()) {
      for (const auto& member : *members) inner[std::string(member.key())] = metadata_text(member.value());
    }
  }
  out["pactSpecification"]["version"] = std::string(model::spec_version_string(pact.spec_version));
  return out;
}

}  // namespace pact::ffi
