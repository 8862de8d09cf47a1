// XML bodies (matching-rules.md §12, element rules §6.6).
//
// Both documents are parsed with pugixml and converted into a small owned
// tree with namespaces resolved, so the comparison itself is independent of
// the parser and its recursion is bounded by the tree's (limited) depth.

#include "matching/xml_body.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <variant>

#include "matching/regex_cache.hpp"
#include "matching/rules.hpp"
#include "support/text.hpp"
#include "support/utf8.hpp"

namespace pact::matching {
namespace {

using model::RuleKind;

// One element with its namespace-qualified names resolved (§12: "<namespace
// URI>:<local>"; the prefix is never used).
struct XmlElement {
  std::string name;   ///< qualified name
  std::string local;  ///< local part (Regex rules match it, §6.6)
  std::map<std::string, std::string> attributes;  ///< qualified name -> value, sorted
  std::vector<XmlElement> children;               ///< child elements in document order
  std::string text;                               ///< direct text, each node trimmed, joined, trimmed
  std::size_t node_count = 0;                     ///< all child nodes (Min/Max count these, §6.6)
};

// In-scope prefix -> namespace URI; "" is the default namespace.
using Namespaces = std::map<std::string, std::string, std::less<>>;

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

struct ParseError {
  std::string message;
};

class TreeBuilder {
 public:
  std::optional<ParseError> error;

  XmlElement build(const pugi::xml_node& node, const Namespaces& inherited, int depth) {
    XmlElement out;
    if (depth > kMaxXmlDepth) {
      fail("XML nesting is deeper than " + std::to_string(kMaxXmlDepth) + " elements");
      return out;
    }
    // Declarations on this element apply to its own name and attributes.
    Namespaces scope = inherited;
    for (const auto& attr : node.attributes()) {
      const std::string_view name = attr.name();
      if (name == "xmlns") {
        scope[""] = attr.value();
      } else if (name.starts_with("xmlns:")) {
        scope[std::string(name.substr(6))] = attr.value();
      }
    }
    const auto [name, local] = qualify(node.name(), scope, true);
    out.name = name;
    out.local = local;
    for (const auto& attr : node.attributes()) {
      const std::string_view attr_name = attr.name();
      if (attr_name == "xmlns" || attr_name.starts_with("xmlns:")) continue;  // declarations, not attributes
      out.attributes[qualify(attr_name, scope, false).first] = attr.value();
    }
    std::string text;
    for (const auto& child : node.children()) {
      ++out.node_count;
      switch (child.type()) {
        case pugi::node_element:
          out.children.push_back(build(child, scope, depth + 1));
          if (error) return out;
          break;
        case pugi::node_pcdata:
        case pugi::node_cdata:
          text += support::trim(child.value());
          break;
        default:
          break;
      }
    }
    out.text = std::string(support::trim(text));
    return out;
  }

 private:
  void fail(std::string message) {
    if (!error) error = ParseError{std::move(message)};
  }

  // (qualified name, local part). Unprefixed attributes have no namespace;
  // unprefixed elements take the default namespace (Namespaces in XML 1.0).
  std::pair<std::string, std::string> qualify(std::string_view raw, const Namespaces& scope, bool element) {
    const auto colon = raw.find(':');
    std::string prefix = colon == std::string_view::npos ? "" : std::string(raw.substr(0, colon));
    std::string local(colon == std::string_view::npos ? raw : raw.substr(colon + 1));
    if (prefix.empty() && !element) return {local, local};
    if (prefix == "xml") return {std::string(kXmlNamespace) + ":" + local, local};
    const auto it = scope.find(prefix);
    if (it == scope.end() || it->second.empty()) {
      if (!prefix.empty()) fail("Unknown namespace prefix '" + prefix + "'");
      return {local, local};
    }
    return {it->second + ":" + local, local};
  }
};

// Parses one side; the error text is what follows "Failed to parse the
// expected body: " (§12).
std::variant<XmlElement, ParseError> parse_xml(std::string_view text) {
  if (text.size() > kMaxXmlBytes) {
    return ParseError{"XML document is larger than " + std::to_string(kMaxXmlBytes) + " bytes"};
  }
  // The reference only reads UTF-8 documents.
  if (!support::is_valid_utf8(text)) return ParseError{"invalid utf-8 sequence in the XML document"};
  pugi::xml_document doc;
  // Whitespace-only text, comments and processing instructions are child
  // nodes too: Min/Max rules count every child node (§6.6).
  constexpr unsigned kOptions =
      pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_comments | pugi::parse_pi | pugi::parse_declaration;
  const auto result = doc.load_buffer(text.data(), text.size(), kOptions, pugi::encoding_utf8);
  if (!result) {
    return ParseError{"Failed to parse bytes as XML - " + std::string(result.description()) + " at offset " +
                      std::to_string(result.offset)};
  }
  pugi::xml_node root;
  for (const auto& node : doc.children()) {
    if (node.type() == pugi::node_element) {
      if (root) return ParseError{"Failed to parse bytes as XML - more than one root element"};
      root = node;
    } else if (node.type() == pugi::node_pcdata && !support::trim(node.value()).empty()) {
      return ParseError{"Failed to parse bytes as XML - text outside the root element"};
    }
  }
  if (!root) return ParseError{"Failed to parse bytes as XML - no root element"};
  TreeBuilder builder;
  auto tree = builder.build(root, Namespaces{}, 1);
  if (builder.error) return ParseError{"Failed to parse bytes as XML - " + builder.error->message};
  return tree;
}

std::string debug_map(const std::map<std::string, std::string>& map) {
  std::string out = "{";
  for (const auto& [k, v] : map) {
    if (out.size() > 1) out += ", ";
    out += support::rust_debug_quoted(k) + ": " + support::rust_debug_quoted(v);
  }
  return out + "}";
}

std::string child_names(const std::vector<XmlElement>& children) {
  std::string out;
  for (const auto& c : children) out += (out.empty() ? "" : ", ") + c.name;
  return out;
}

// One rule applied to an element (§6.6).
std::optional<std::string> match_element_rule(const model::MatchingRule& rule, const XmlElement& e,
                                              const XmlElement& a, bool cascaded) {
  const auto at_least = [&](std::size_t min) -> std::optional<std::string> {
    if (cascaded || a.node_count >= min) return std::nullopt;
    return "Expected '" + a.name + "' to have at least " + std::to_string(min) + " children";
  };
  const auto at_most = [&](std::size_t max) -> std::optional<std::string> {
    if (cascaded || a.node_count <= max) return std::nullopt;
    return "Expected '" + a.name + "' to have at most " + std::to_string(max) + " children";
  };
  switch (rule.kind) {
    case RuleKind::Regex: {
      const auto regex = rule_string(rule, "regex");
      const auto matched = regex_full_match(regex, a.local);
      if (!matched.ok()) return "'" + regex + "' is not a valid regular expression - " + matched.error().message;
      if (matched.value()) return std::nullopt;
      return "Expected '" + a.name + "' to match '" + regex + "'";
    }
    case RuleKind::Type:
      if (e.name == a.name) return std::nullopt;
      return "Expected '" + e.name + "' to be the same type as '" + a.name + "'";
    case RuleKind::MinType:
      return at_least(rule_min(rule).value_or(0));
    case RuleKind::MaxType:
      return at_most(rule_max(rule).value_or(static_cast<std::size_t>(-1)));
    case RuleKind::MinMaxType:
      if (auto f = at_least(rule_min(rule).value_or(0))) return f;
      return at_most(rule_max(rule).value_or(static_cast<std::size_t>(-1)));
    case RuleKind::Equality:
      if (e.name == a.name) return std::nullopt;
      return "Expected '" + e.name + "' to be equal to '" + a.name + "'";
    case RuleKind::NotEmpty:
      if (a.node_count > 0) return std::nullopt;
      return "Expected '" + a.name + "' to have at least one child";
    default:
      return "Unable to match <" + a.name + "/> using " + std::string(model::rule_kind_name(rule.kind));
  }
}

class XmlComparer {
 public:
  explicit XmlComparer(std::vector<Mismatch>& out) : out_(out) {}

  void compare_element(const MatchContext& ctx, const ValuePath& path, const XmlElement& e, const XmlElement& a) {
    Failures failures;
    if (const auto sel = ctx.select(path)) {
      failures = apply_rule_list(*sel->rules, [&](const model::MatchingRule& rule) {
        return match_element_rule(rule, e, a, sel->cascaded);
      });
    } else if (auto f = match_element_rule(model::MatchingRule{}, e, a, false)) {
      failures.push_back(std::move(*f));
    }
    if (!failures.empty()) {
      // Attributes, children and text are only compared when the element
      // itself matched (§12).
      for (auto& f : failures) add(path, e.name, a.name, std::move(f));
      return;
    }
    compare_attributes(ctx, path, e, a);
    compare_children(ctx, path, e, a);
    compare_string(ctx, child_path(path, "#text"), e.text, a.text);
  }

 private:
  void add(const ValuePath& path, std::string_view expected, std::string_view actual, std::string text) {
    add_value(path, json::string(expected), json::string(actual), std::move(text));
  }

  void add_value(const ValuePath& path, json::value expected, json::value actual, std::string text) {
    Mismatch m;
    m.kind = Mismatch::Kind::Body;
    m.location = render_path(path);
    m.expected = std::move(expected);
    m.actual = std::move(actual);
    m.description = std::move(text);
    out_.push_back(std::move(m));
  }

  // Attribute values and text: string rules at the path, else equality (§6.2).
  void compare_string(const MatchContext& ctx, const ValuePath& path, const std::string& e, const std::string& a) {
    Failures failures;
    if (const auto sel = ctx.select(path)) {
      failures = apply_rule_list(*sel->rules, [&](const model::MatchingRule& rule) {
        return match_string_rule(rule, e, a, sel->cascaded);
      });
    } else if (auto f = match_string_rule(model::MatchingRule{}, e, a, false)) {
      failures.push_back(std::move(*f));
    }
    for (auto& f : failures) add(path, e, a, std::move(f));
  }

  void compare_attributes(const MatchContext& ctx, const ValuePath& path, const XmlElement& e, const XmlElement& a) {
    const auto& ea = e.attributes;
    const auto& aa = a.attributes;
    const bool requests = !ctx.allow_unexpected_keys();
    if (ea.empty() && !aa.empty() && requests) {
      add(path, debug_map(ea), debug_map(aa), "Did not expect any attributes but received " + debug_map(aa));
      return;
    }
    const auto counts = std::to_string(ea.size()) + " attribute(s) but received " + std::to_string(aa.size()) +
                        " attribute(s)";
    if (!requests && ea.size() > aa.size()) {
      add(path, debug_map(ea), debug_map(aa), "Expected at least " + counts);
    } else if (requests && ea.size() != aa.size()) {
      add(path, debug_map(ea), debug_map(aa), "Expected " + counts);
    }
    for (const auto& [key, value] : ea) {
      const auto p = child_path(path, "@" + key);
      if (const auto it = aa.find(key); it != aa.end()) {
        compare_string(ctx, p, value, it->second);
      } else {
        add_value(p, json::string(key), nullptr, "Expected attribute '" + key + "'='" + value + "' but was missing");
      }
    }
  }

  void compare_children(const MatchContext& ctx, const ValuePath& path, const XmlElement& e, const XmlElement& a) {
    const bool requests = !ctx.allow_unexpected_keys();
    const auto e_names = child_names(e.children);
    const auto a_names = child_names(a.children);
    if (e.children.empty() && !a.children.empty() && requests) {
      add(path, e_names, a_names, "Expected no children but received [" + a_names + "]");
      return;
    }
    // Grouped by name: the order between different names is not compared.
    std::map<std::string, std::vector<const XmlElement*>> expected_groups;
    std::map<std::string, std::vector<const XmlElement*>> actual_groups;
    for (const auto& c : e.children) expected_groups[c.name].push_back(&c);
    for (const auto& c : a.children) actual_groups[c.name].push_back(&c);
    for (const auto& [name, group] : actual_groups) {
      const auto p = child_path(path, name);
      const auto expected = expected_groups.find(name);
      const bool type_rule = ctx.any_rule_of(p, {RuleKind::Type, RuleKind::MinType, RuleKind::MaxType,
                                                 RuleKind::MinMaxType});
      if (expected == expected_groups.end()) {
        if (requests || type_rule) add(path, e_names, a_names, "Unexpected child <" + name + "/>");
        continue;
      }
      const auto expected_children = std::move(expected->second);
      expected_groups.erase(expected);
      if (type_rule) {
        // Every actual child against the first expected one: a type rule
        // allows repetition (§12).
        for (const auto* child : group) compare_element(ctx, p, *expected_children.front(), *child);
        continue;
      }
      for (std::size_t i = 0; i < std::max(expected_children.size(), group.size()); ++i) {
        if (i < expected_children.size() && i < group.size()) {
          compare_element(ctx, p, *expected_children[i], *group[i]);
        } else if (i < group.size()) {
          if (requests) add(p, e_names, a_names, "Unexpected child <" + name + "/>");
        } else {
          add(p, e_names, a_names, "Expected child <" + name + "/> but was missing");
        }
      }
    }
    for (const auto& [name, group] : expected_groups) {
      add(path, e_names, a_names, "Expected child <" + name + "/> but was missing");
    }
  }

  std::vector<Mismatch>& out_;
};

}  // namespace

std::vector<Mismatch> compare_xml_text(const MatchContext& context, std::string_view expected,
                                       std::string_view actual) {
  std::vector<Mismatch> out;
  const auto parse_failure = [&](std::string text) {
    Mismatch m;
    m.kind = Mismatch::Kind::Body;
    m.location = "$";
    m.expected = support::is_valid_utf8(expected) ? json::value(json::string(expected)) : json::value("ERROR: could not convert from bytes");
    m.actual = support::is_valid_utf8(actual) ? json::value(json::string(actual)) : json::value("ERROR: could not convert from bytes");
    m.description = std::move(text);
    out.push_back(std::move(m));
  };
  const auto e = parse_xml(expected);
  const auto a = parse_xml(actual);
  if (const auto* err = std::get_if<ParseError>(&e)) parse_failure("Failed to parse the expected body: '" + err->message + "'");
  if (const auto* err = std::get_if<ParseError>(&a)) parse_failure("Failed to parse the actual body: '" + err->message + "'");
  if (!out.empty()) return out;
  const auto& e_root = std::get<XmlElement>(e);
  XmlComparer(out).compare_element(context, ValuePath{"$", e_root.name}, e_root, std::get<XmlElement>(a));
  return out;
}

}  // namespace pact::matching
