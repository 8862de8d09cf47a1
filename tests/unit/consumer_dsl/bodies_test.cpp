// Builder operations for multipart, binary, message and XML/form bodies
// (integration-json.md §5-§11).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "consumer/http_parts.hpp"
#include "consumer/message_parts.hpp"
#include "consumer/other_bodies.hpp"

using namespace pact;
using consumer::Part;

namespace {

model::Interaction http_interaction() {
  model::Interaction i;
  i.parts = model::SynchronousHttp{};
  return i;
}

model::Interaction async_interaction() {
  model::Interaction i;
  i.parts = model::AsynchronousMessage{};
  return i;
}

}  // namespace

TEST(Multipart, OneFileWithFixedBoundary) {
  auto i = http_interaction();
  consumer::MultipartFile file{"data.json", "{\"a\":1}"};
  ASSERT_TRUE(consumer::with_multipart_file(i, Part::Request, "application/json", file, "upload", "XYZ").ok());
  const auto& req = i.http()->request;
  EXPECT_EQ(req.body.bytes,
            "--XYZ\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"data.json\"\r\n"
            "Content-Type: application/json\r\n\r\n{\"a\":1}\r\n--XYZ--\r\n");
  ASSERT_NE(req.headers->find("content-type"), nullptr);
  EXPECT_EQ(req.headers->find("content-type")->front(), "multipart/form-data; boundary=XYZ");
  const auto* header_rules = req.matching_rules.find(model::Category::Header);
  ASSERT_NE(header_rules, nullptr);
  EXPECT_EQ(header_rules->at("Content-Type").rules.front().kind, model::RuleKind::Regex);
  const auto* body_rules = req.matching_rules.find(model::Category::Body);
  ASSERT_NE(body_rules, nullptr);
  EXPECT_EQ(body_rules->at("$.upload").rules.front().kind, model::RuleKind::ContentType);
}

TEST(Multipart, SecondFileIsAppendedWithTheSameBoundary) {
  auto i = http_interaction();
  ASSERT_TRUE(consumer::with_multipart_file(i, Part::Request, "text/plain", consumer::MultipartFile{"a.txt", "A"},
                                            "one", "B1")
                  .ok());
  ASSERT_TRUE(consumer::with_multipart_file(i, Part::Request, "image/png", consumer::MultipartFile{"b.png", "P"},
                                            "two", "ignored")
                  .ok());
  const auto& body = i.http()->request.body.bytes;
  EXPECT_EQ(body,
            "--B1\r\nContent-Disposition: form-data; name=\"one\"; filename=\"a.txt\"\r\nContent-Type: "
            "text/plain\r\n\r\nA\r\n--B1\r\nContent-Disposition: form-data; name=\"two\"; filename=\"b.png\"\r\n"
            "Content-Type: image/png\r\n\r\nP\r\n--B1--\r\n");
}

TEST(Multipart, RandomBoundaryNoFileAndNotHttp) {
  auto i = http_interaction();
  ASSERT_TRUE(consumer::with_multipart_file(i, Part::Response, "text/plain", std::nullopt, "file", std::nullopt).ok());
  const auto& header = i.http()->response.headers->find("Content-Type")->front();
  const auto boundary = header.substr(header.find('=') + 1);
  EXPECT_GE(boundary.size(), 16u);
  EXPECT_EQ(i.http()->response.body.bytes, "--" + boundary + "--\r\n");
  auto m = async_interaction();
  EXPECT_FALSE(consumer::with_multipart_file(m, Part::Request, "text/plain", std::nullopt, "f", "b").ok());
  EXPECT_FALSE(consumer::read_multipart_file("/nonexistent/file.bin").ok());
}

TEST(WithBody, XmlDescriptionAndFormJson) {
  auto i = http_interaction();
  ASSERT_TRUE(consumer::with_body(i, Part::Request, "application/xml",
                                  R"({"root": {"name": "a", "attributes": {"n": {"pact:matcher:type": "integer", "value": 3}}}})")
                  .ok());
  EXPECT_EQ(i.http()->request.body.bytes, "<?xml version='1.0'?><a n='3'/>");
  EXPECT_EQ(i.http()->request.matching_rules.find(model::Category::Body)->count("$.a['@n']"), 1u);

  ASSERT_TRUE(consumer::with_body(i, Part::Response, "application/x-www-form-urlencoded", R"({"b": ["1", "2"], "a": "x"})").ok());
  EXPECT_EQ(i.http()->response.body.bytes, "a=x&b=1&b=2");

  ASSERT_TRUE(consumer::with_body(i, Part::Response, "application/xml", "<raw/>").ok());
  EXPECT_EQ(i.http()->response.body.bytes, "<raw/>");
  EXPECT_FALSE(consumer::with_body(i, Part::Response, "application/xml", R"({"root": {"name": "a", "children": [1]}})").ok());
}

TEST(BinaryBody, MessagesOverwriteContentTypeAndSyncAppends) {
  auto m = async_interaction();
  m.parts = model::AsynchronousMessage{};
  std::get<model::AsynchronousMessage>(m.parts).contents.metadata["contentType"] = "text/plain";
  ASSERT_TRUE(consumer::with_binary_body(m, Part::Request, "application/octet-stream", std::string_view("\0\1", 2)).ok());
  const auto& contents = std::get<model::AsynchronousMessage>(m.parts).contents;
  EXPECT_EQ(contents.contents.bytes, std::string("\0\1", 2));
  EXPECT_EQ(contents.metadata.at("contentType").as_string(), "application/octet-stream");

  model::Interaction s;
  s.parts = model::SynchronousMessage{};
  ASSERT_TRUE(consumer::with_binary_body(s, Part::Response, "a/b", std::string_view("x")).ok());
  ASSERT_TRUE(consumer::with_binary_body(s, Part::Response, "a/b", std::nullopt).ok());
  const auto& sync = std::get<model::SynchronousMessage>(s.parts);
  ASSERT_EQ(sync.responses.size(), 2u);
  EXPECT_EQ(sync.responses[1].contents.state, model::BodyState::Null);
}

TEST(BinaryFile, AddsContentTypeRuleForV3) {
  auto i = http_interaction();
  ASSERT_TRUE(consumer::with_binary_file(i, Part::Request, "image/gif", std::string_view("GIF"), model::SpecVersion::V3).ok());
  const auto& req = i.http()->request;
  EXPECT_TRUE(req.body.content_type.empty());
  EXPECT_EQ(req.matching_rules.find(model::Category::Body)->at("$").rules.front().kind, model::RuleKind::ContentType);
  auto j = http_interaction();
  ASSERT_TRUE(consumer::with_binary_file(j, Part::Request, "image/gif", std::string_view("GIF"), model::SpecVersion::V2).ok());
  EXPECT_TRUE(j.http()->request.matching_rules.empty());
}

TEST(Metadata, IntegrationJsonAndRemoval) {
  auto m = async_interaction();
  ASSERT_TRUE(consumer::with_metadata(m, Part::Request, "n", "123").ok());
  ASSERT_TRUE(consumer::with_metadata(m, Part::Request, "s", "not json").ok());
  ASSERT_TRUE(consumer::with_metadata(m, Part::Request, "o",
                                      R"({"pact:matcher:type": "regex", "regex": "\\d+", "value": "42"})")
                  .ok());
  const auto& contents = std::get<model::AsynchronousMessage>(m.parts).contents;
  EXPECT_EQ(contents.metadata.at("n").as_int64(), 123);
  EXPECT_EQ(contents.metadata.at("s").as_string(), "not json");
  EXPECT_EQ(contents.metadata.at("o").as_string(), "42");
  // Keyed by the metadata key, as the reference writes it (not "$.o").
  EXPECT_EQ(contents.matching_rules.find(model::Category::Metadata)->count("o"), 1u);
  ASSERT_TRUE(consumer::with_metadata(m, Part::Request, "n", std::nullopt).ok());
  EXPECT_FALSE(std::get<model::AsynchronousMessage>(m.parts).contents.metadata.contains("n"));
  auto h = http_interaction();
  EXPECT_FALSE(consumer::with_metadata(h, Part::Request, "k", "v").ok());
}

TEST(MessageContents, JsonXmlAndBinary) {
  auto m = async_interaction();
  ASSERT_TRUE(consumer::message_with_contents(m, "application/json", R"({"a": {"pact:matcher:type": "type", "value": 1}})").ok());
  auto& contents = std::get<model::AsynchronousMessage>(m.parts).contents;
  EXPECT_EQ(contents.contents.bytes, R"({"a":1})");
  ASSERT_TRUE(consumer::message_with_contents(m, "application/xml", "<raw/>").ok());
  EXPECT_EQ(contents.contents.state, model::BodyState::Empty);  // trap 24
  EXPECT_TRUE(consumer::message_contents_read_as_text("text/xml"));
  EXPECT_FALSE(consumer::message_contents_read_as_text("application/octet-stream"));
}
