// A signature table standing in for the Rust `infer` crate (matching-rules.md
// §13.5): only the common types clients send in pacts.

#include "matching/content_magic.hpp"

#include <array>

#include "model/content_type.hpp"

namespace pact::matching {
namespace {

struct Signature {
  std::size_t offset;
  std::string_view magic;
  std::string_view mime;
};

using namespace std::string_view_literals;

constexpr std::array kSignatures{
    Signature{0, "\xFF\xD8\xFF"sv, "image/jpeg"sv},
    Signature{0, "\x89PNG\r\n\x1A\n"sv, "image/png"sv},
    Signature{0, "GIF87a"sv, "image/gif"sv},
    Signature{0, "GIF89a"sv, "image/gif"sv},
    Signature{0, "%PDF"sv, "application/pdf"sv},
    Signature{0, "BM"sv, "image/bmp"sv},
    Signature{0, "II*\0"sv, "image/tiff"sv},
    Signature{0, "MM\0*"sv, "image/tiff"sv},
    Signature{0, "\0\0\1\0"sv, "image/x-icon"sv},
    Signature{0, "\x1F\x8B"sv, "application/gzip"sv},
    Signature{0, "PK\x03\x04"sv, "application/zip"sv},
    Signature{0, "7z\xBC\xAF\x27\x1C"sv, "application/x-7z-compressed"sv},
    Signature{0, "Rar!\x1A\x07"sv, "application/vnd.rar"sv},
    Signature{0, "BZh"sv, "application/x-bzip2"sv},
    Signature{0, "\0asm"sv, "application/wasm"sv},
    Signature{0, "OggS"sv, "audio/ogg"sv},
    Signature{0, "fLaC"sv, "audio/x-flac"sv},
    Signature{0, "ID3"sv, "audio/mpeg"sv},
    Signature{4, "ftypisom"sv, "video/mp4"sv},
    Signature{4, "ftypmp42"sv, "video/mp4"sv},
    Signature{0, "wOFF"sv, "application/font-woff"sv},
    Signature{0, "wOF2"sv, "application/font-woff"sv},
};

}  // namespace

std::string detect_magic_content_type(std::string_view bytes) {
  for (const auto& sig : kSignatures) {
    if (bytes.size() >= sig.offset + sig.magic.size() && bytes.substr(sig.offset, sig.magic.size()) == sig.magic) {
      return std::string(sig.mime);
    }
  }
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF") {
    if (bytes.substr(8, 4) == "WEBP") return "image/webp";
    if (bytes.substr(8, 4) == "WAVE") return "audio/x-wav";
    if (bytes.substr(8, 4) == "AVI ") return "video/x-msvideo";
  }
  if (const auto detected = model::detect_content_type(bytes)) return detected->base();
  return "application/octet-stream";
}

}  // namespace pact::matching
