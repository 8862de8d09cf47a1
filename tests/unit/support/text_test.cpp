#include "support/text.hpp"

#include <gtest/gtest.h>

namespace pact::support {
namespace {

TEST(Text, AsciiCaseAndTrim) {
  EXPECT_EQ(ascii_lower("Content-Type ÄB"), "content-type Äb");  // only ASCII letters change
  EXPECT_TRUE(iequals("ACCEPT", "accept"));
  EXPECT_FALSE(iequals("accept", "accepts"));
  EXPECT_EQ(trim(" \t value \r\n"), "value");
}

TEST(Text, RustDebugQuotingEscapesLikeRust) {
  EXPECT_EQ(rust_debug_quoted(R"(a"b\c)"), R"("a\"b\\c")");
  EXPECT_EQ(rust_debug_quoted("line\nnext\ttab\r"), R"("line\nnext\ttab\r")");
  EXPECT_EQ(rust_debug_quoted(std::string("nul\0", 4)), R"("nul\0")");
  EXPECT_EQ(rust_debug_quoted("\x1b[1m\x7f"), R"("\u{1b}[1m\u{7f}")");
  EXPECT_EQ(rust_debug_quoted("ünïcode"), "\"ünïcode\"");
}

TEST(Text, RustDebugQuotingOfByteStringsUsesHexEscapes) {
  EXPECT_EQ(rust_debug_quoted(std::string("a\0\x1b\x7f\n", 5), DebugStyle::Bytes), R"("a\x00\x1b\x7f\n")");
  EXPECT_EQ(rust_debug_quoted(R"(q"b\)", DebugStyle::Bytes), R"("q\"b\\")");
}

}  // namespace
}  // namespace pact::support
