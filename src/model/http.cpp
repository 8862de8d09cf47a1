#include "model/http.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "support/text.hpp"

namespace pact::model {
namespace {

// Headers whose values are comma-separated lists (pact-file-format.md §9).
constexpr std::array<std::string_view, 12> kMultiValueHeaders{
    "accept", "accept-encoding", "accept-language", "access-control-allow-headers",
    "access-control-allow-methods", "access-control-expose-headers", "access-control-request-headers",
    "allow", "cache-control", "if-match", "if-none-match", "vary"};

}  // namespace

const std::vector<std::string>* Headers::find(std::string_view name) const {
  for (const auto& [n, values] : entries) {
    if (support::iequals(n, name)) return &values;
  }
  return nullptr;
}

std::vector<std::string>* Headers::find(std::string_view name) {
  for (auto& [n, values] : entries) {
    if (support::iequals(n, name)) return &values;
  }
  return nullptr;
}

void Headers::set(std::string_view name, std::vector<std::string> values) {
  if (auto* existing = find(name)) {
    *existing = std::move(values);
  } else {
    entries.emplace_back(std::string(name), std::move(values));
  }
}

void Headers::append(std::string_view name, std::string value) {
  if (auto* existing = find(name)) {
    existing->push_back(std::move(value));
  } else {
    entries.emplace_back(std::string(name), std::vector<std::string>{std::move(value)});
  }
}

void Headers::erase(std::string_view name) {
  std::erase_if(entries, [&](const auto& e) { return support::iequals(e.first, name); });
}

const std::vector<std::optional<std::string>>* Query::find(std::string_view name) const {
  for (const auto& [n, values] : entries) {
    if (n == name) return &values;
  }
  return nullptr;
}

std::vector<std::optional<std::string>>& Query::at_or_add(std::string_view name) {
  for (auto& [n, values] : entries) {
    if (n == name) return values;
  }
  return entries.emplace_back(std::string(name), std::vector<std::optional<std::string>>{}).second;
}

bool is_multi_value_header(std::string_view name) noexcept {
  return std::any_of(kMultiValueHeaders.begin(), kMultiValueHeaders.end(),
                     [&](std::string_view h) { return support::iequals(h, name); });
}

std::vector<std::string> split_header_value(std::string_view name, std::string_view value) {
  if (!is_multi_value_header(name)) return {std::string(support::trim(value))};
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= value.size()) {
    const auto comma = value.find(',', start);
    const auto piece = support::trim(value.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    if (!piece.empty()) parts.emplace_back(piece);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return parts;
}

void append_received_header(Headers& headers, std::string_view name, std::string_view value) {
  auto key = support::ascii_lower(name);
  auto& entries = headers.entries;
  auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.first == key; });
  if (it == entries.end()) {
    entries.emplace_back(key, std::vector<std::string>{});
    it = std::prev(entries.end());
  }
  for (auto& part : split_header_value(key, value)) it->second.push_back(std::move(part));
}

}  // namespace pact::model
