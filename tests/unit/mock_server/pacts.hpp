#pragma once
// Pact documents used by several mock-server tests (kept small and inline:
// they are the fixtures of mock-server.md's own examples).

namespace pact::mock_server::testing {

// mock-server.md §9.2: "a request for foo" POST /foo/1 (path regex, JSON
// body {"a":1}) and "a request for bar" GET /bar.
inline constexpr const char* kFooBarPact = R"({
  "consumer": {"name": "ms-consumer"},
  "provider": {"name": "ms-provider"},
  "interactions": [
    {"description": "a request for foo",
     "request": {"method": "POST", "path": "/foo/1", "body": {"a": 1},
                 "headers": {"Content-Type": "application/json"},
                 "matchingRules": {"path": {"matchers": [{"match": "regex", "regex": "\\/foo\\/\\d+"}]}}},
     "response": {"status": 201, "headers": {"X-Res": "yes", "Content-Type": "application/json"},
                  "body": {"ok": true}}},
    {"description": "a request for bar",
     "request": {"method": "GET", "path": "/bar"},
     "response": {"status": 200}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

// mock-server.md §6: A = GET /a with three headers, B = GET /b.
inline constexpr const char* kBestScorePact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [
    {"description": "A", "request": {"method": "GET", "path": "/a",
        "headers": {"X-One": "1", "X-Two": "2", "X-Three": "3"}}, "response": {"status": 200}},
    {"description": "B", "request": {"method": "GET", "path": "/b"}, "response": {"status": 202}}
  ],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

// An explicit OPTIONS interaction plus a V4 message that must be ignored.
inline constexpr const char* kOptionsPact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"},
  "interactions": [
    {"type": "Synchronous/HTTP", "description": "options", "key": "k1",
     "request": {"method": "OPTIONS", "path": "/opt"}, "response": {"status": 200}},
    {"type": "Asynchronous/Messages", "description": "a message", "key": "k2",
     "contents": {"content": {"a": 1}, "contentType": "application/json", "encoded": false}}
  ],
  "metadata": {"pactSpecification": {"version": "4.0"}}
})";

inline constexpr const char* kEmptyPact = R"({
  "consumer": {"name": "c"}, "provider": {"name": "p"}, "interactions": [],
  "metadata": {"pactSpecification": {"version": "3.0.0"}}
})";

}  // namespace pact::mock_server::testing
