#include "integration_json/xml_body.hpp"

#include <algorithm>
#include <sstream>
#include <utility>
#include <vector>

#include <pugixml.hpp>

#include "integration_json/integration_json.hpp"
#include "integration_json/rule_factory.hpp"

namespace pact::integration_json {

namespace {

using support::ErrorCategory;
using support::make_error;

constexpr std::string_view kMatcherKey = "pact:matcher:type";
constexpr std::string_view kGeneratorKey = "pact:generator:type";
// Descriptions come from clients; bound the nesting (CONVENTIONS: bounded recursion).
constexpr int kMaxDepth = 100;
// Copies of one repeated element; a hostile count must not exhaust memory.
constexpr std::uint64_t kMaxExamples = 10000;

support::Error invalid(std::string what) {
  return make_error(ErrorCategory::InvalidArgument, "invalid XML description: " + std::move(what));
}

class XmlWriter {
 public:
  explicit XmlWriter(XmlBodyResult& out) : out_(out) {}

  // Adds what `object` describes under `parent` at element path `path`
  // (the parent's path; "$" for the root).
  support::Status node(pugi::xml_node parent, const json::object& object, const std::string& path, int depth) {
    if (depth > kMaxDepth) return invalid("nesting is deeper than " + std::to_string(kMaxDepth));
    if (object.contains(kMatcherKey)) return repeated_element(parent, object, path, depth);
    if (const auto* content = object.if_contains("content")) return text_node(parent, object, *content, path);
    if (object.contains("name")) {
      auto element = element_node(parent, object, path, depth);
      if (!element.ok()) return element.error();
      return support::Unit{};
    }
    return invalid("object is neither an element nor a text node: " + json::write(json::value(object)));
  }

 private:
  // A matcher object whose `value` is an element: the rule sits on the
  // element's path and `examples` copies are emitted (§6).
  support::Status repeated_element(pugi::xml_node parent, const json::object& matcher, const std::string& path,
                                   int depth) {
    const auto* value = matcher.if_contains("value");
    if (value == nullptr) return invalid("matcher without a value: " + json::write(json::value(matcher)));
    if (!value->is_object() || !value->get_object().contains("name")) {
      return invalid("the value of a matcher is not an element: " + json::write(json::value(matcher)));
    }
    const auto& element_desc = value->get_object();
    const std::string element_path = path + "." + detail::json_to_string(element_desc.at("name"));
    record_matcher(matcher, element_path, matcher);

    // Build the element once, then copy it: copies share rules, as in the reference.
    pugi::xml_document scratch;
    auto built = element_node(scratch, element_desc, path, depth);
    if (!built.ok()) return built.error();
    // A document has one root element, whatever `examples` says.
    const auto examples = parent.type() == pugi::node_document
                              ? 1
                              : detail::json_to_count(matcher.if_contains("examples")).value_or(1);
    if (examples > kMaxExamples) return invalid("examples is larger than " + std::to_string(kMaxExamples));
    for (std::uint64_t i = 0; i < examples; ++i) parent.append_copy(*built);
    return support::Unit{};
  }

  support::Status text_node(pugi::xml_node parent, const json::object& object, const json::value& content,
                            const std::string& path) {
    // Text cannot be the root of a document; the reference drops it there.
    if (parent.type() != pugi::node_document) {
      parent.append_child(pugi::node_pcdata).set_value(detail::json_to_string(content).c_str());
    }
    const auto* matcher = object.if_contains("matcher");
    if (matcher != nullptr && matcher->is_object()) {
      // The generator type sits on the text object, its attributes on the matcher (§6).
      json::object generator_source = matcher->get_object();
      if (const auto* type = object.if_contains(kGeneratorKey)) generator_source[kGeneratorKey] = *type;
      record_matcher(matcher->get_object(), path + ".#text", generator_source);
    }
    return support::Unit{};
  }

  support::Result<pugi::xml_node> element_node(pugi::xml_node parent, const json::object& desc,
                                               const std::string& path, int depth) {
    const std::string name = detail::json_to_string(desc.at("name"));
    const std::string element_path = path + "." + name;
    auto element = parent.append_child(name.c_str());
    if (const auto* attributes = desc.if_contains("attributes"); attributes != nullptr && attributes->is_object()) {
      add_attributes(element, attributes->get_object(), element_path);
    }
    if (const auto* children = desc.if_contains("children")) {
      if (!children->is_array()) return invalid("children is not an array: " + json::write(*children));
      for (const auto& child : children->get_array()) {
        if (!child.is_object()) return invalid("child is not an object: " + json::write(child));
        auto added = node(element, child.get_object(), element_path, depth + 1);
        if (!added.ok()) return added.error();
      }
    }
    return element;
  }

  // Attributes are written in sorted order (§6, trap 15).
  void add_attributes(pugi::xml_node element, const json::object& attributes, const std::string& element_path) {
    std::vector<std::pair<std::string, std::string>> sorted;
    for (const auto& [key, value] : attributes) {
      std::string text;
      if (value.is_object() && value.get_object().contains(kMatcherKey)) {
        const auto& matcher = value.get_object();
        record_matcher(matcher, element_path + "['@" + std::string(key) + "']", matcher);
        const auto* example = matcher.if_contains("value");
        text = example != nullptr ? detail::json_to_string(*example) : std::string();
      } else {
        text = detail::json_to_string(value);
      }
      sorted.emplace_back(std::string(key), std::move(text));
    }
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [key, text] : sorted) element.append_attribute(key.c_str()).set_value(text.c_str());
  }

  // Rules from the matcher object; an invalid matcher adds nothing, as in
  // the reference. A generator from the expression, else pact:generator:type.
  void record_matcher(const json::object& matcher, const std::string& path, const json::object& generator_source) {
    if (auto def = parse_matcher_object(matcher); def.ok()) {
      for (auto& rule : def->rules) out_.rules[path].rules.push_back(std::move(rule));
      if (def->generator) out_.generators[path] = std::move(*def->generator);
    }
    if (auto generator = generator_from_matcher_object(generator_source)) out_.generators[path] = std::move(*generator);
  }

  XmlBodyResult& out_;
};

}  // namespace

support::Result<XmlBodyResult> xml_from_description(const json::value& description) {
  XmlBodyResult out;
  if (!description.is_object()) return out;
  pugi::xml_document document;
  if (const auto* root = description.get_object().if_contains("root"); root != nullptr && root->is_object()) {
    XmlWriter writer(out);
    auto status = writer.node(document, root->get_object(), "$", 0);
    if (!status.ok()) return status.error();
  }
  // The reference's writer: declaration with single quotes, single-quoted
  // attributes, no indentation, "<a/>" for empty elements (§6).
  std::ostringstream text;
  text << "<?xml version='1.0'?>";
  document.save(text, "", pugi::format_raw | pugi::format_no_declaration | pugi::format_attribute_single_quote,
                pugi::encoding_utf8);
  out.text = text.str();
  return out;
}

}  // namespace pact::integration_json
