// Rule selection by path weight (matching-rules.md §4).

#include "matching/match_context.hpp"
#include "support/text.hpp"

#include <algorithm>
#include <cctype>

namespace pact::matching {
namespace {

}  // namespace

MatchContext MatchContext::for_paths(const model::RuleCategory* category, bool allow_unexpected_keys) {
  MatchContext ctx;
  ctx.allow_unexpected_keys_ = allow_unexpected_keys;
  if (category == nullptr) return ctx;
  for (const auto& [key, list] : *category) {
    if (list.empty()) continue;
    auto tokens = parse_path_expression(key);
    if (!tokens || tokens->empty()) continue;
    ctx.entries_.push_back({key, std::move(*tokens), list});
  }
  return ctx;
}

MatchContext MatchContext::for_names(const model::RuleCategory* category, bool lower_case_names) {
  MatchContext ctx;
  ctx.allow_unexpected_keys_ = true;
  if (category == nullptr) return ctx;
  for (const auto& [key, list] : *category) {
    if (list.empty()) continue;
    std::string name = key;
    std::vector<PathToken> tokens{{PathToken::Kind::Root, {}, 0}};
    std::optional<std::size_t> index;
    // "name[i]" addresses one value of a multi-valued header/parameter.
    if (const auto open = name.rfind('['); open != std::string::npos && open > 0 && name.back() == ']') {
      const auto digits = name.substr(open + 1, name.size() - open - 2);
      if (!digits.empty() && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        index = std::stoul(digits);
        name.resize(open);
      }
    }
    if (lower_case_names) name = support::ascii_lower(name);
    tokens.push_back({PathToken::Kind::Field, name, 0});
    if (index) tokens.push_back({PathToken::Kind::Index, {}, *index});
    ctx.entries_.push_back({key, std::move(tokens), list});
  }
  return ctx;
}

bool MatchContext::matcher_is_defined(const ValuePath& path) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return path_weight(e.tokens, path) > 0; });
}

std::optional<SelectedRules> MatchContext::select(const ValuePath& path) const {
  const Entry* best = nullptr;
  unsigned best_score = 0;
  for (const auto& e : entries_) {
    const unsigned w = path_weight(e.tokens, path);
    if (w == 0) continue;
    const unsigned score = w * static_cast<unsigned>(e.tokens.size());
    const bool better = best == nullptr || score > best_score ||
                        (score == best_score && (e.tokens.size() > best->tokens.size() ||
                                                 (e.tokens.size() == best->tokens.size() && e.key < best->key)));
    if (better) {
      best = &e;
      best_score = score;
    }
  }
  if (best == nullptr) return std::nullopt;
  return SelectedRules{&best->rules, best->tokens.size() != path.size()};
}

bool MatchContext::direct_rule_of(const ValuePath& path, std::initializer_list<model::RuleKind> kinds) const {
  for (const auto& e : entries_) {
    if (e.tokens.size() != path.size() || path_weight(e.tokens, path) == 0) continue;
    for (const auto& rule : e.rules.rules) {
      if (std::find(kinds.begin(), kinds.end(), rule.kind) != kinds.end()) return true;
    }
  }
  return false;
}

bool MatchContext::any_rule_of(const ValuePath& path, std::initializer_list<model::RuleKind> kinds) const {
  for (const auto& e : entries_) {
    if (path_weight(e.tokens, path) == 0) continue;
    for (const auto& rule : e.rules.rules) {
      if (std::find(kinds.begin(), kinds.end(), rule.kind) != kinds.end()) return true;
    }
  }
  return false;
}

MatchContext MatchContext::with_only(const ValuePath& path, const model::RuleList& rules) const {
  MatchContext ctx;
  ctx.allow_unexpected_keys_ = allow_unexpected_keys_;
  std::vector<PathToken> tokens;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (i == 0 && path[i] == "$") {
      tokens.push_back({PathToken::Kind::Root, {}, 0});
    } else {
      tokens.push_back({PathToken::Kind::Field, path[i], 0});
    }
  }
  tokens.push_back({PathToken::Kind::Star, {}, 0});
  ctx.entries_.push_back({"*", std::move(tokens), rules});
  return ctx;
}

MatchContext MatchContext::sibling(const model::RuleCategory* category) const {
  return for_paths(category, allow_unexpected_keys_);
}

}  // namespace pact::matching
