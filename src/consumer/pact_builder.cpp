#include "consumer/pact_builder.hpp"

#include <algorithm>

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

model::Interaction make_interaction(std::string description, model::InteractionKind kind) {
  model::Interaction interaction;
  interaction.description = std::move(description);
  switch (kind) {
    case model::InteractionKind::SynchronousHttp: interaction.parts = model::SynchronousHttp{}; break;
    case model::InteractionKind::AsynchronousMessage: interaction.parts = model::AsynchronousMessage{}; break;
    case model::InteractionKind::SynchronousMessage: interaction.parts = model::SynchronousMessage{}; break;
  }
  return interaction;
}

}  // namespace

PactBuilder::PactBuilder(std::string consumer, std::string provider, std::string_view library_version) {
  pact_.consumer = std::move(consumer);
  pact_.provider = std::move(provider);
  // A new handle defaults to V3 and records the library version
  // (ffi-conventions.md §3.2).
  pact_.spec_version = model::SpecVersion::V3;
  pact_.metadata["pactRust"] = json::object{{"ffi", library_version}};
}

std::size_t PactBuilder::add_interaction(std::string description, model::InteractionKind kind) {
  auto& list = pact_.interactions;
  const auto same = std::find_if(list.begin(), list.end(),
                                 [&](const model::Interaction& i) { return i.description == description; });
  if (same != list.end()) {
    *same = make_interaction(std::move(description), kind);
    return static_cast<std::size_t>(same - list.begin());
  }
  list.push_back(make_interaction(std::move(description), kind));
  return list.size() - 1;
}

std::size_t PactBuilder::push_interaction(std::string description, model::InteractionKind kind) {
  pact_.interactions.push_back(make_interaction(std::move(description), kind));
  return pact_.interactions.size() - 1;
}

void PactBuilder::replace_metadata_namespace(std::string_view name_space, std::string_view name,
                                             std::string_view value) {
  if (name_space.empty()) return;
  pact_.metadata[name_space] = json::object{{name, value}};
}

support::Status PactBuilder::locked_result(WhenLocked policy) const {
  if (mock_server_started_ && policy != WhenLocked::Apply) {
    return make_error(ErrorCategory::State, "the pact can not be modified: a mock server was started from it");
  }
  return support::Unit{};
}

support::Status PactBuilder::update_interaction(std::size_t index, WhenLocked policy,
                                                const std::function<support::Status(model::Interaction&)>& change) {
  if (index >= pact_.interactions.size()) {
    return make_error(ErrorCategory::NotFound, "interaction handle does not refer to an interaction");
  }
  if (mock_server_started_ && policy == WhenLocked::Reject) return locked_result(policy);
  auto applied = change(pact_.interactions[index]);
  if (!applied.ok()) return applied;
  return locked_result(policy);
}

const model::Interaction* PactBuilder::interaction(std::size_t index) const noexcept {
  return index < pact_.interactions.size() ? &pact_.interactions[index] : nullptr;
}

support::Status PactBuilder::with_specification(model::SpecVersion version) {
  pact_.spec_version = version;
  return locked_result(WhenLocked::ApplyAndFail);
}

support::Status PactBuilder::with_pact_metadata(std::string_view name_space, std::string_view name,
                                                std::string_view value) {
  if (name_space.empty()) return make_error(ErrorCategory::InvalidArgument, "metadata namespace is empty");
  if (name_space == "pactRust" || name_space == "pactSpecification") {
    return make_error(ErrorCategory::InvalidArgument, "metadata namespace '" + std::string(name_space) + "' is read-only");
  }
  auto& entry = pact_.metadata[name_space];
  if (!entry.is_object()) entry = json::object{};
  entry.get_object()[name] = value;
  return locked_result(WhenLocked::ApplyAndFail);
}

}  // namespace pact::consumer
