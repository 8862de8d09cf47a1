#include "generators/xml_body.hpp"

#include <pugixml.hpp>

#include <sstream>
#include <vector>

#include "generators/generate.hpp"
#include "matching/path_expression.hpp"

namespace pact::generators {
namespace {

using matching::PathToken;

constexpr std::size_t kMaxPathTokens = 256;

// The elements a path's element segments select (§13: segment by segment,
// '*' allowed; an index keeps the n-th element selected so far).
std::vector<pugi::xml_node> select_elements(pugi::xml_document& doc, const std::vector<PathToken>& tokens,
                                            std::size_t count) {
  std::vector<pugi::xml_node> current;
  bool at_document = true;
  for (std::size_t i = 1; i < count; ++i) {
    const PathToken& t = tokens[i];
    std::vector<pugi::xml_node> next;
    if (t.kind == PathToken::Kind::Field || t.kind == PathToken::Kind::Star) {
      const auto accept = [&](pugi::xml_node n) {
        if (n.type() == pugi::node_element && (t.kind == PathToken::Kind::Star || t.name == n.name())) next.push_back(n);
      };
      if (at_document) {
        accept(doc.document_element());
      } else {
        for (auto parent : current) {
          for (auto child : parent.children()) accept(child);
        }
      }
      at_document = false;
    } else if (t.kind == PathToken::Kind::Index) {
      if (t.index < current.size()) next.push_back(current[t.index]);
    } else if (t.kind == PathToken::Kind::StarIndex) {
      next = current;
    }
    current = std::move(next);
  }
  return current;
}

}  // namespace

support::Result<std::string> apply_xml_generators(std::string_view xml,
                                                  const std::map<std::string, model::Generator>& generators,
                                                  const GeneratorContext& context) {
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_declaration);
  if (!parsed) {
    return support::make_error(support::ErrorCategory::Parse, std::string("invalid XML body: ") + parsed.description());
  }
  for (const auto& [key, g] : generators) {
    const auto tokens = matching::parse_path_expression(key);
    if (!tokens || tokens->size() < 3 || tokens->size() > kMaxPathTokens) continue;
    const PathToken& last = tokens->back();
    if (last.kind != PathToken::Kind::Field || last.name.empty()) continue;
    if (last.name.front() == '@') {
      const std::string attribute = last.name.substr(1);
      for (auto element : select_elements(doc, *tokens, tokens->size() - 1)) {
        auto attr = element.attribute(attribute.c_str());
        if (!attr) continue;
        if (auto value = generate_string(g, attr.value(), context)) attr.set_value(value->c_str());
      }
    } else if (last.name == "#text") {
      for (auto element : select_elements(doc, *tokens, tokens->size() - 1)) {
        bool any = false;
        for (auto child : element.children()) {
          if (child.type() != pugi::node_pcdata && child.type() != pugi::node_cdata) continue;
          any = true;
          if (auto value = generate_string(g, child.value(), context)) child.set_value(value->c_str());
        }
        if (!any) {
          if (auto value = generate_string(g, "", context)) element.append_child(pugi::node_pcdata).set_value(value->c_str());
        }
      }
    }
  }
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw | pugi::format_no_declaration);
  return out.str();
}

}  // namespace pact::generators
