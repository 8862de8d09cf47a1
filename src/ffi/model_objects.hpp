#pragma once
// The C++ definitions of the opaque model objects of pact.h (Pact,
// SynchronousHttp, MessageContents, ProviderState, iterators ...). They live
// in the global namespace because they complete the C declarations.
//
// Ownership (ffi-conventions.md §4): an object is either owned by the caller
// (created with ffi::hand_over, released by its *_delete) or a borrowed view
// into a parent object. A view is created and owned by its parent, through a
// ViewCache, so it lives exactly as long as the parent and is never freed by
// the caller. Iterators copy what they iterate (§4.2: they survive their
// source) and own the items they return.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/generator.hpp"
#include "model/interaction.hpp"
#include "model/matching_rule.hpp"
#include "model/message.hpp"
#include "model/pact.hpp"
#include "pact.h"

namespace pact::ffi {

/// A T owned by this object, or a T inside a parent object. Never copied or
/// moved, so the pointer stays valid; always heap-allocated by its owner.
template <typename T>
class Held {
 public:
  explicit Held(T value) : owned_(std::move(value)), ptr_(&*owned_) {}
  explicit Held(T* borrowed) noexcept : ptr_(borrowed) {}
  Held(const Held&) = delete;
  Held& operator=(const Held&) = delete;

  T& get() noexcept { return *ptr_; }
  const T& get() const noexcept { return *ptr_; }
  bool owned() const noexcept { return owned_.has_value(); }

 private:
  std::optional<T> owned_;
  T* ptr_;
};

/// Views of type View onto model objects of type Model inside one parent.
/// `of(model)` returns the same view for the same model object, created on
/// first use, so a borrowed pointer handed out twice is the same pointer.
template <typename View, typename Model>
class ViewCache {
 public:
  View* of(Model& model) {
    auto& slot = views_[&model];
    if (!slot) slot = std::make_unique<View>(&model);
    return slot.get();
  }
  /// Drops every view (call when the parent's model changes shape, e.g. a
  /// vector of models is reallocated).
  void clear() noexcept { views_.clear(); }

 private:
  std::map<const Model*, std::unique_ptr<View>> views_;
};

/// A list snapshot with a cursor, owning the item objects it returned.
template <typename Item, typename Model>
class Snapshot {
 public:
  explicit Snapshot(std::vector<Model> items) : items_(std::move(items)) {}
  /// The next item (a view owned by the snapshot), or nullptr at the end.
  Item* next() {
    if (cursor_ >= items_.size()) return nullptr;
    return views_.of(items_[cursor_++]);
  }
  std::vector<Model>& items() noexcept { return items_; }

 private:
  std::vector<Model> items_;
  std::size_t cursor_ = 0;
  ViewCache<Item, Model> views_;
};

}  // namespace pact::ffi

// ---- Objects ----------------------------------------------------------------

struct ProviderState {
  explicit ProviderState(pact::model::ProviderState value) : state(std::move(value)) {}
  explicit ProviderState(pact::model::ProviderState* borrowed) : state(borrowed) {}
  pact::ffi::Held<pact::model::ProviderState> state;
};

struct MatchingRule {
  explicit MatchingRule(pact::model::MatchingRule value) : rule(std::move(value)) {}
  explicit MatchingRule(pact::model::MatchingRule* borrowed) : rule(borrowed) {}
  pact::ffi::Held<pact::model::MatchingRule> rule;
};

struct Generator {
  explicit Generator(pact::model::Generator value) : generator(std::move(value)) {}
  explicit Generator(pact::model::Generator* borrowed) : generator(borrowed) {}
  pact::ffi::Held<pact::model::Generator> generator;
};

struct MessageContents {
  explicit MessageContents(pact::model::MessageContents value) : contents(std::move(value)) {}
  explicit MessageContents(pact::model::MessageContents* borrowed) : contents(borrowed) {}
  pact::ffi::Held<pact::model::MessageContents> contents;
};

struct HttpRequest {
  explicit HttpRequest(pact::model::HttpRequest* borrowed) : request(borrowed) {}
  pact::ffi::Held<pact::model::HttpRequest> request;
};

struct HttpResponse {
  explicit HttpResponse(pact::model::HttpResponse* borrowed) : response(borrowed) {}
  pact::ffi::Held<pact::model::HttpResponse> response;
};

/// Base of every interaction object: the interaction and the views of its
/// provider states. The concrete C types differ only in which kind of
/// interaction they may hold.
struct InteractionObject {
  explicit InteractionObject(pact::model::Interaction value) : interaction(std::move(value)) {}
  explicit InteractionObject(pact::model::Interaction* borrowed) : interaction(borrowed) {}
  pact::ffi::Held<pact::model::Interaction> interaction;
  pact::ffi::ViewCache<ProviderState, pact::model::ProviderState> provider_states;
};

struct PactInteraction : InteractionObject {
  using InteractionObject::InteractionObject;
};

struct SynchronousHttp : InteractionObject {
  using InteractionObject::InteractionObject;
  pact::ffi::ViewCache<HttpRequest, pact::model::HttpRequest> requests;
  pact::ffi::ViewCache<HttpResponse, pact::model::HttpResponse> responses;
};

struct AsynchronousMessage : InteractionObject {
  using InteractionObject::InteractionObject;
  pact::ffi::ViewCache<MessageContents, pact::model::MessageContents> contents;
};

struct SynchronousMessage : InteractionObject {
  using InteractionObject::InteractionObject;
  pact::ffi::ViewCache<MessageContents, pact::model::MessageContents> contents;
};

/// The V3 message of the older message API: an asynchronous message.
struct Message : InteractionObject {
  using InteractionObject::InteractionObject;
  pact::ffi::ViewCache<MessageContents, pact::model::MessageContents> contents;
};

struct Pact {
  explicit Pact(pact::model::Pact value) : pact(std::move(value)) {}
  pact::ffi::Held<pact::model::Pact> pact;
};

struct Consumer {
  std::string name;
};

struct Provider {
  std::string name;
};

/// A V3 message pact (the older message API's model object).
struct MessagePact {
  explicit MessagePact(pact::model::Pact value) : pact(std::move(value)) {}
  explicit MessagePact(pact::model::Pact* borrowed) : pact(borrowed) {}
  pact::ffi::Held<pact::model::Pact> pact;
  /// The messages as V3 Message views (pactffi_message_pact_message_iter_next).
  pact::ffi::ViewCache<Message, pact::model::Interaction> messages;
  /// The consumer and provider handed out by pactffi_message_pact_get_consumer
  /// / _get_provider: borrowed, owned here, created on first use.
  std::unique_ptr<Consumer> consumer_view;
  std::unique_ptr<Provider> provider_view;
};

// ---- Iterators shared by several areas ---------------------------------------

/// Provider states of an interaction (copied).
struct ProviderStateIterator {
  explicit ProviderStateIterator(std::vector<pact::model::ProviderState> states) : states(std::move(states)) {}
  pact::ffi::Snapshot<ProviderState, pact::model::ProviderState> states;
};

/// One (path, rule) entry of a rule category, flattened: every rule of every
/// path in category order, path by path.
struct MatchingRuleEntry {
  std::string path;
  pact::model::MatchingRule rule;
};

/// Matching rules of one category of a request, response or message
/// contents (copied). Items are MatchingRuleKeyValuePair, owned by the
/// caller (pactffi_matching_rules_iter_pair_delete).
struct MatchingRuleCategoryIterator {
  std::vector<MatchingRuleEntry> entries;
  std::size_t cursor = 0;
  /// Rule objects the pairs point at; owned here, valid until the iterator
  /// is deleted.
  std::vector<std::unique_ptr<MatchingRule>> rules;
};

struct GeneratorEntry {
  std::string path;
  pact::model::Generator generator;
};

/// Generators of one category (copied). Items are GeneratorKeyValuePair,
/// owned by the caller (pactffi_generators_iter_pair_delete).
struct GeneratorCategoryIterator {
  std::vector<GeneratorEntry> entries;
  std::size_t cursor = 0;
  std::vector<std::unique_ptr<Generator>> generators;
};
