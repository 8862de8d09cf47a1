# Every third-party library, found once, from Debian packages (DESIGN.md §3).
# Nothing is downloaded at configure or build time.
find_package(Boost 1.81 REQUIRED COMPONENTS json url)
find_package(OpenSSL 3 REQUIRED)
find_package(Threads REQUIRED)
find_package(spdlog REQUIRED)
find_package(fmt REQUIRED)
find_package(pugixml REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# HTTP/2 framing for the mock server (prior knowledge and h2 over TLS):
# nghttp2 rather than a hand-written frame layer.
pkg_check_modules(NGHTTP2 REQUIRED IMPORTED_TARGET libnghttp2)
# Outbound HTTP for the verifier and broker client; the command-line parser
# shared by pact-verifier, pactffi_verify and pactffi_verifier_cli_args.
find_package(CURL REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
