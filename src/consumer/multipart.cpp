// multipart/form-data bodies built from files (integration-json.md §8).
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include "consumer/other_bodies.hpp"
#include "model/content_type.hpp"

namespace pact::consumer {

using support::ErrorCategory;
using support::make_error;

namespace {

// The header rule every multipart body gets, so the boundary may differ.
constexpr std::string_view kMultipartRegex = R"(multipart/form-data;(\s*charset=[^;]*;)?\s*boundary=.*)";

std::string random_boundary() {
  static constexpr std::string_view kChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::random_device device;
  std::uniform_int_distribution<std::size_t> pick(0, kChars.size() - 1);
  std::string out;
  for (int i = 0; i < 32; ++i) out += kChars[pick(device)];
  return out;
}

// The part's Content-Type, guessed from the file extension as the
// reference's mime_guess does for the common types.
std::string guess_content_type(const std::string& file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kTypes{{
      {".json", "application/json"}, {".xml", "application/xml"}, {".txt", "text/plain"},
      {".html", "text/html"},        {".htm", "text/html"},       {".csv", "text/csv"},
      {".png", "image/png"},         {".jpg", "image/jpeg"},      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},         {".svg", "image/svg+xml"},   {".pdf", "application/pdf"},
      {".zip", "application/zip"},   {".gz", "application/gzip"}, {".yaml", "application/yaml"},
      {".js", "text/javascript"},
  }};
  std::string ext = std::filesystem::path(file_name).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& [suffix, type] : kTypes) {
    if (ext == suffix) return std::string(type);
  }
  return "application/octet-stream";
}

std::string file_part(std::string_view boundary, std::string_view part_name, const MultipartFile& file) {
  std::string out;
  out += "--";
  out += boundary;
  out += "\r\nContent-Disposition: form-data; name=\"";
  out += part_name;
  out += "\"; filename=\"";
  out += file.file_name;
  out += "\"\r\nContent-Type: ";
  out += guess_content_type(file.file_name);
  out += "\r\n\r\n";
  out += file.bytes;
  out += "\r\n";
  return out;
}

std::string closing(std::string_view boundary) { return "--" + std::string(boundary) + "--\r\n"; }

// The boundary of an existing multipart body, if the part has one.
std::optional<std::string> existing_boundary(const model::Body& body) {
  if (!body.is_present()) return std::nullopt;
  const auto ct = model::parse_content_type(body.content_type);
  if (!ct || !ct->is_multipart()) return std::nullopt;
  for (const auto& [name, value] : ct->params) {
    if (name == "boundary" && body.bytes.ends_with(closing(value))) return value;
  }
  return std::nullopt;
}

}  // namespace

support::Result<MultipartFile> read_multipart_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorCategory::Io, "could not open file '" + path + "'");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return make_error(ErrorCategory::Io, "could not read file '" + path + "'");
  return MultipartFile{std::filesystem::path(path).filename().string(), bytes.str()};
}

support::Status with_multipart_file(model::Interaction& interaction, Part part, std::string_view content_type,
                                    const std::optional<MultipartFile>& file, std::string_view part_name,
                                    std::optional<std::string_view> boundary) {
  auto* http = interaction.http();
  if (http == nullptr) {
    return make_error(ErrorCategory::InvalidArgument, "multipart bodies can only be added to HTTP interactions");
  }
  auto& body = part == Part::Request ? http->request.body : http->response.body;
  auto& headers = part == Part::Request ? http->request.headers : http->response.headers;
  auto& rules = part == Part::Request ? http->request.matching_rules : http->response.matching_rules;

  std::string text;
  std::string used_boundary;
  if (auto existing = existing_boundary(body)) {
    // A second file is appended to the existing body, re-using its boundary.
    used_boundary = *existing;
    text = body.bytes.substr(0, body.bytes.size() - closing(used_boundary).size());
  } else {
    used_boundary = boundary ? std::string(*boundary) : random_boundary();
  }
  if (file) text += file_part(used_boundary, part_name, *file);
  text += closing(used_boundary);

  const std::string header_value = "multipart/form-data; boundary=" + used_boundary;
  const auto ct = model::parse_content_type(header_value);
  body = model::Body::present(std::move(text), ct ? ct->to_string() : header_value);
  if (!headers) headers = model::Headers{};
  headers->set("Content-Type", {header_value});
  rules.add(model::Category::Header, "Content-Type",
            model::MatchingRule{model::RuleKind::Regex, json::object{{"regex", kMultipartRegex}}});
  rules.add(model::Category::Body, "$." + std::string(part_name),
            model::MatchingRule{model::RuleKind::ContentType, json::object{{"value", content_type}}});
  return support::Unit{};
}

}  // namespace pact::consumer
