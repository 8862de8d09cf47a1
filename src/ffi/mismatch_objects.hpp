#pragma once
// The opaque mismatch objects of pact.h (Mismatches, MismatchesIterator,
// Mismatch), in the global namespace because they complete the C
// declarations.
//
// Lifetimes: a Mismatch* item is a view into the list it came from. The
// list is shared by the Mismatches collection and its iterators, so an item
// stays valid while the collection or the iterator that returned it lives
// (the reference ties items to the collection, ffi-conventions.md §4.2 to the
// iterator; sharing satisfies both).

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

#include "matching/mismatch.hpp"
#include "pact.h"

struct Mismatch {
  explicit Mismatch(const pact::matching::Mismatch* value) noexcept : mismatch(value) {}
  const pact::matching::Mismatch* mismatch;
};

namespace pact::ffi {

/// The mismatches of one comparison and one view object per mismatch.
class MismatchList {
 public:
  explicit MismatchList(std::vector<matching::Mismatch> items) : items_(std::move(items)) {
    views_.reserve(items_.size());
    for (const auto& m : items_) views_.push_back(std::make_unique<::Mismatch>(&m));
  }
  /// The view of item `index`, or nullptr past the end.
  const ::Mismatch* at(std::size_t index) const noexcept {
    return index < views_.size() ? views_[index].get() : nullptr;
  }
  std::size_t size() const noexcept { return items_.size(); }

 private:
  std::vector<matching::Mismatch> items_;
  std::vector<std::unique_ptr<::Mismatch>> views_;
};

}  // namespace pact::ffi

struct Mismatches {
  explicit Mismatches(std::vector<pact::matching::Mismatch> items)
      : list(std::make_shared<const pact::ffi::MismatchList>(std::move(items))) {}
  std::shared_ptr<const pact::ffi::MismatchList> list;
};

struct MismatchesIterator {
  explicit MismatchesIterator(std::shared_ptr<const pact::ffi::MismatchList> items) noexcept : list(std::move(items)) {}
  std::shared_ptr<const pact::ffi::MismatchList> list;
  std::size_t cursor = 0;
};
