// Base64, query strings, headers and bodies of the pact codec
// (pact-file-format.md §8-§10).

#include <gtest/gtest.h>

#include "model/base64.hpp"
#include "model/body_json.hpp"
#include "model/http_json.hpp"
#include "model/query_string.hpp"

namespace pact::model {
namespace {

TEST(Base64, EncodesWithPadding) {
  EXPECT_EQ(base64_encode(""), "");
  EXPECT_EQ(base64_encode("f"), "Zg==");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_EQ(base64_encode("foo"), "Zm9v");
  EXPECT_EQ(base64_encode(std::string("\x89PNG\r\n\x1a\n", 8)), "iVBORw0KGgo=");
}

TEST(Base64, DecodesAndRejectsGarbage) {
  EXPECT_EQ(base64_decode("Zm9vYg==").value(), "foob");
  EXPECT_EQ(base64_decode("Zm9vYg").value(), "foob");
  EXPECT_FALSE(base64_decode("Zm9v!").has_value());
  EXPECT_FALSE(base64_decode("Z").has_value());
  EXPECT_FALSE(base64_decode("hello world").has_value());
  EXPECT_EQ(base64_decode(base64_encode(std::string("\0\xff\x10", 3))).value(), std::string("\0\xff\x10", 3));
}

TEST(QueryString, ParsesRepeatedAndValuelessParameters) {
  const auto q = parse_query_string("a=1&b=2&&b=3&flag&empty=");
  ASSERT_EQ(q.entries.size(), 4U);
  EXPECT_EQ(q.find("a")->at(0), std::optional<std::string>("1"));
  ASSERT_EQ(q.find("b")->size(), 2U);
  EXPECT_EQ(q.find("b")->at(1), std::optional<std::string>("3"));
  EXPECT_EQ(q.find("flag")->at(0), std::nullopt);
  EXPECT_EQ(q.find("empty")->at(0), std::optional<std::string>(""));
}

TEST(QueryString, DecodesPlusPercentAndKeepsInvalidEscapes) {
  EXPECT_EQ(decode_query_component("x+y%20z"), "x y z");
  EXPECT_EQ(decode_query_component("%C3%A9"), "\xC3\xA9");
  EXPECT_EQ(decode_query_component("100%"), "100%");
  EXPECT_EQ(decode_query_component("%zz%4"), "%zz%4");
  EXPECT_EQ(decode_query_component("%e9"), "%e9");  // not UTF-8 once decoded: raw text
}

TEST(QueryString, WritesTheReferenceV2Encoding) {
  Query q;
  q.at_or_add("b").push_back("x y");
  q.at_or_add("a").push_back("1.5");
  q.at_or_add("c").push_back(std::nullopt);
  q.at_or_add("d").push_back("\xC3\xA9\xE2\x82\xAC-_~");
  q.at_or_add("").push_back("skipped");
  EXPECT_EQ(write_v2_query_string(q), "a=1%2e5&b=x+y&c&d=%e9%20%ac-%5f%7e");
}

TEST(Headers, SplitsOnlyMultiValueHeaders) {
  const auto v = json::parse(R"({"Accept": "a/b, c/d", "Date": "Mon, 01 Jan 2024", "X": ["1", 2], "N": 5})").value();
  const auto h = read_headers(v);
  EXPECT_EQ(*h.find("accept"), (std::vector<std::string>{"a/b", "c/d"}));
  EXPECT_EQ(*h.find("Date"), (std::vector<std::string>{"Mon, 01 Jan 2024"}));
  EXPECT_EQ(*h.find("X"), (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(*h.find("N"), (std::vector<std::string>{"5"}));
  EXPECT_EQ(json::write(write_headers_v3(h)),
            R"({"Accept":"a/b, c/d","Date":"Mon, 01 Jan 2024","N":"5","X":"1, 2"})");
}

TEST(Query, ObjectFormOnlyFromV3) {
  const auto v = json::parse(R"({"a": ["1", null], "b": "x", "c": 5})").value();
  EXPECT_FALSE(read_query(v, SpecVersion::V2).has_value());
  const auto q = read_query(v, SpecVersion::V3).value();
  EXPECT_EQ(q.find("a")->size(), 2U);
  EXPECT_EQ(q.find("a")->at(1), std::nullopt);
  EXPECT_EQ(q.find("b")->at(0), std::optional<std::string>("x"));
  EXPECT_TRUE(q.find("c")->empty());
  EXPECT_FALSE(read_query(json::value(""), SpecVersion::V3).has_value());
  EXPECT_EQ(read_query(json::value("a=1"), SpecVersion::V2)->find("a")->at(0), std::optional<std::string>("1"));
}

TEST(BodyV3, ReadsEveryState) {
  const auto json_ct = parse_content_type("application/json");
  EXPECT_EQ(read_body_v3(nullptr, json_ct).state, BodyState::Missing);
  const json::value null_value(nullptr);
  EXPECT_EQ(read_body_v3(&null_value, json_ct).state, BodyState::Null);
  const json::value empty("");
  EXPECT_EQ(read_body_v3(&empty, json_ct).state, BodyState::Empty);
  const auto obj = json::parse(R"({"b": 1, "a": [1.50, true]})").value();
  const auto body = read_body_v3(&obj, json_ct);
  EXPECT_EQ(body.bytes, R"({"a":[1.5,true],"b":1})");
  EXPECT_EQ(body.content_type, "application/json");
}

TEST(BodyV3, DoubleDecodesJsonStrings) {
  const auto json_ct = parse_content_type("application/json");
  const json::value object_text(R"({"a":1})");
  EXPECT_EQ(read_body_v3(&object_text, json_ct).bytes, R"({"a":1})");
  const json::value plain("hello");
  EXPECT_EQ(read_body_v3(&plain, json_ct).bytes, "\"hello\"");
  const json::value number_text("12");
  EXPECT_EQ(read_body_v3(&number_text, json_ct).bytes, "\"12\"");
}

TEST(BodyV3, BinaryContentTypeDecodesBase64) {
  const json::value encoded("iVBORw0KGgo=");
  const auto body = read_body_v3(&encoded, parse_content_type("image/png"));
  EXPECT_EQ(body.bytes, std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_TRUE(body.content_type.empty());
  const json::value text("hello");
  const auto plain = read_body_v3(&text, std::nullopt);
  EXPECT_EQ(plain.bytes, "hello");
  EXPECT_EQ(plain.content_type, "text/plain");
}

TEST(BodyV3, WritesJsonTextAndBase64) {
  const auto json_ct = parse_content_type("application/json");
  EXPECT_EQ(json::write(*write_body_v3(Body::present(R"({"b":1,"a":2})"), json_ct, false)), R"({"a":2,"b":1})");
  EXPECT_EQ(json::write(*write_body_v3(Body::present("not json"), json_ct, false)), "\"bm90IGpzb24=\"");
  EXPECT_EQ(json::write(*write_body_v3(Body::present("hi"), parse_content_type("text/plain"), false)), "\"hi\"");
  EXPECT_EQ(json::write(*write_body_v3(Body::present(std::string("\xff\x00", 2)), std::nullopt, false)), "\"/wA=\"");
  EXPECT_EQ(json::write(*write_body_v3(Body::present("abc"), parse_content_type("application/octet-stream"), true)),
            "\"YWJj\"");
  EXPECT_FALSE(write_body_v3(Body::missing(), json_ct, false).has_value());
  EXPECT_EQ(json::write(*write_body_v3(Body::empty(), json_ct, false)), "\"\"");
  EXPECT_EQ(json::write(*write_body_v3(Body::null(), json_ct, false)), "null");
}

TEST(BodyV4, ReadsEncodings) {
  const auto v = json::parse(R"({"content": "iVBORw0KGgo=", "contentType": "image/png", "encoded": "BASE64"})").value();
  const auto body = read_body_v4(&v, std::nullopt);
  EXPECT_EQ(body.bytes, std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(body.content_type, "image/png");

  const auto j = json::parse(R"({"content": {"b": 1, "a": 2}, "contentType": "application/json", "encoded": false})").value();
  EXPECT_EQ(read_body_v4(&j, std::nullopt).bytes, R"({"a":2,"b":1})");

  const auto js = json::parse(R"({"content": "{\"x\": 1}", "encoded": "json"})").value();
  EXPECT_EQ(read_body_v4(&js, parse_content_type("application/json")).bytes, "{\"x\": 1}");

  const auto s = json::parse(R"({"content": "text", "contentType": "application/json"})").value();
  EXPECT_EQ(read_body_v4(&s, std::nullopt).bytes, "\"text\"");

  const auto empty = json::parse(R"({"content": ""})").value();
  EXPECT_EQ(read_body_v4(&empty, std::nullopt).state, BodyState::Empty);
  const auto only_type = json::parse(R"({"contentType": "text/plain"})").value();
  EXPECT_EQ(read_body_v4(&only_type, std::nullopt).state, BodyState::Missing);
  const auto payload = json::parse(R"({"a": 1})").value();
  EXPECT_EQ(read_body_v4(&payload, std::nullopt).bytes, R"({"a":1})");
  const auto null_content = json::parse(R"({"content": null})").value();
  EXPECT_EQ(read_body_v4(&null_content, std::nullopt).state, BodyState::Null);

  const auto detected = json::parse(R"({"content": "<?xml version=\"1.0\"?><a/>"})").value();
  EXPECT_EQ(read_body_v4(&detected, std::nullopt).content_type, "application/xml");
  const auto hinted = json::parse(R"({"content": "abc", "contentType": "text/plain", "contentTypeHint": "BINARY"})").value();
  EXPECT_EQ(read_body_v4(&hinted, std::nullopt).hint, ContentTypeHint::Binary);
}

TEST(BodyV4, WritesJsonTextBinaryAndUnknown) {
  EXPECT_EQ(json::write(*write_body_v4(Body::present(R"({"a":1})", "application/json; charset=UTF-8"), std::nullopt)),
            R"({"content":{"a":1},"contentType":"application/json;charset=utf-8","encoded":false})");
  EXPECT_EQ(json::write(*write_body_v4(Body::present("hello", "text/plain"), std::nullopt)),
            R"({"content":"hello","contentType":"text/plain","encoded":false})");
  EXPECT_EQ(json::write(*write_body_v4(Body::present(std::string("\x89PNG\r\n\x1a\n", 8), "image/png"), std::nullopt)),
            R"({"content":"iVBORw0KGgo=","contentType":"image/png","encoded":"base64"})");
  // A response body without a content type (trap 18).
  EXPECT_EQ(json::write(*write_body_v4(Body::present("hello"), std::nullopt)),
            R"({"content":"aGVsbG8=","contentType":"*/*","encoded":"base64"})");
  EXPECT_EQ(json::write(*write_body_v4(Body::present("hello"), parse_content_type("text/plain"))),
            R"({"content":"hello","contentType":"text/plain","encoded":false})");
  auto hinted = Body::present("abc", "text/plain");
  hinted.hint = ContentTypeHint::Binary;
  EXPECT_EQ(json::write(*write_body_v4(hinted, std::nullopt)),
            R"({"content":"YWJj","contentType":"text/plain","contentTypeHint":"BINARY","encoded":"base64"})");
  EXPECT_EQ(json::write(*write_body_v4(Body::empty(), std::nullopt)), R"({"content":""})");
  EXPECT_FALSE(write_body_v4(Body::null(), std::nullopt).has_value());
  EXPECT_FALSE(write_body_v4(Body::missing(), std::nullopt).has_value());
}

}  // namespace
}  // namespace pact::model
