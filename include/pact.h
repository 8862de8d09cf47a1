/*
 * pact.h — the C interface of pact-ffi-cpp, a drop-in for the reference
 * libpact_ffi (ABI 0.5.12).
 *
 * Conventions that hold for every function unless its documentation says
 * otherwise:
 *
 *  - Strings are UTF-8 and NUL-terminated. A string argument that is NULL or
 *    not valid UTF-8 makes the call fail with the documented failure value.
 *  - Memory handed to the caller is owned by the caller and released with the
 *    function named in its documentation (strings: pactffi_string_delete),
 *    never with free(). Every release function accepts NULL.
 *  - "Borrowed" results are owned by the library and stay valid for the time
 *    stated; do not release them.
 *  - On failure a function returns its documented failure value and, where
 *    stated, records a message that pactffi_get_error_message() returns. A
 *    successful call does not clear an earlier message.
 *  - No function aborts the process or lets an exception escape: malformed
 *    input, unknown handles and internal errors all end in the failure value.
 *  - Every function may be called from any thread. The last error message is
 *    per thread: read it on the thread that made the failing call.
 *
 * The declarations below contain no macros, so that cffi can read this file
 * after dropping its preprocessor lines.
 */
#ifndef PACT_FFI_H
#define PACT_FFI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ======================================================================
 * Types
 * ====================================================================== */

/*
 * PactHandle: a key into the library's table of pacts under construction.
 * It is passed by value exactly like a uint16_t. Any 16-bit value may be a
 * live handle (clients must not treat 0 as invalid); a handle is valid from
 * pactffi_new_pact() until pactffi_free_pact_handle(), and a stale handle
 * is reported as "not found", never undefined behaviour.
 */
typedef uint16_t PactHandle;

/*
 * InteractionHandle: a key to one interaction of a pact, passed by value like
 * a uint32_t: (pact handle << 16) | (interaction index + 1). A handle whose
 * low 16 bits are 0 is invalid; the new_* functions return such a handle on
 * failure.
 */
typedef uint32_t InteractionHandle;

/*
 * PactSpecification: the version of the Pact specification a pact file is
 * written in. A new pact uses PactSpecification_V3 until
 * pactffi_with_specification() changes it.
 */
typedef enum PactSpecification {
  PactSpecification_Unknown = 0,
  PactSpecification_V1 = 1,
  PactSpecification_V1_1 = 2,
  PactSpecification_V2 = 3,
  PactSpecification_V3 = 4,
  PactSpecification_V4 = 5
} PactSpecification;

/*
 * InteractionPart: which side of an HTTP interaction (or synchronous
 * message) a builder call changes.
 */
typedef enum InteractionPart {
  InteractionPart_Request = 0,
  InteractionPart_Response = 1
} InteractionPart;

/*
 * MessagePactHandle / MessageHandle: the handles of the older message-pact
 * API; the same registry and encoding as PactHandle / InteractionHandle.
 */
typedef uint16_t MessagePactHandle;
typedef uint32_t MessageHandle;

/* Categories of matching rules, as the iterators and generators name them. */
typedef enum MatchingRuleCategory {
  MatchingRuleCategory_METHOD = 0,
  MatchingRuleCategory_PATH = 1,
  MatchingRuleCategory_HEADER = 2,
  MatchingRuleCategory_QUERY = 3,
  MatchingRuleCategory_BODY = 4,
  MatchingRuleCategory_STATUS = 5,
  MatchingRuleCategory_CONTENTS = 6,
  MatchingRuleCategory_METADATA = 7
} MatchingRuleCategory;

/* Categories of generators. */
typedef enum GeneratorCategory {
  GeneratorCategory_METHOD = 0,
  GeneratorCategory_PATH = 1,
  GeneratorCategory_HEADER = 2,
  GeneratorCategory_QUERY = 3,
  GeneratorCategory_BODY = 4,
  GeneratorCategory_STATUS = 5,
  GeneratorCategory_METADATA = 6
} GeneratorCategory;

/* The type of the example value of a matching-rule definition. */
typedef enum ExpressionValueType {
  ExpressionValueType_Unknown = 0,
  ExpressionValueType_String = 1,
  ExpressionValueType_Number = 2,
  ExpressionValueType_Integer = 3,
  ExpressionValueType_Decimal = 4,
  ExpressionValueType_Boolean = 5
} ExpressionValueType;

/* Log levels of the logging functions. */
typedef enum LevelFilter {
  LevelFilter_Off = 0,
  LevelFilter_Error = 1,
  LevelFilter_Warn = 2,
  LevelFilter_Info = 3,
  LevelFilter_Debug = 4,
  LevelFilter_Trace = 5
} LevelFilter;

/*
 * Opaque model objects. Each is either owned by the caller (released with
 * the function its documentation names) or borrowed from a parent object
 * (valid until the parent is released or changed), as each function says.
 */
typedef struct Pact Pact;
typedef struct Consumer Consumer;
typedef struct Provider Provider;
typedef struct PactInteraction PactInteraction;
typedef struct SynchronousHttp SynchronousHttp;
typedef struct AsynchronousMessage AsynchronousMessage;
typedef struct SynchronousMessage SynchronousMessage;
typedef struct Message Message;
typedef struct MessagePact MessagePact;
typedef struct MessageContents MessageContents;
typedef struct HttpRequest HttpRequest;
typedef struct HttpResponse HttpResponse;
typedef struct ProviderState ProviderState;
typedef struct MatchingRule MatchingRule;
typedef struct Generator Generator;
typedef struct PactInteractionIterator PactInteractionIterator;
typedef struct PactSyncHttpIterator PactSyncHttpIterator;
typedef struct PactAsyncMessageIterator PactAsyncMessageIterator;
typedef struct PactSyncMessageIterator PactSyncMessageIterator;
typedef struct PactMessageIterator PactMessageIterator;
typedef struct ProviderStateIterator ProviderStateIterator;
typedef struct ProviderStateParamIterator ProviderStateParamIterator;
typedef struct MessageMetadataIterator MessageMetadataIterator;
typedef struct MessagePactMessageIterator MessagePactMessageIterator;
typedef struct MessagePactMetadataIterator MessagePactMetadataIterator;
typedef struct MatchingRuleCategoryIterator MatchingRuleCategoryIterator;
typedef struct GeneratorCategoryIterator GeneratorCategoryIterator;
typedef struct MatchingRuleDefinitionResult MatchingRuleDefinitionResult;
typedef struct MatchingRuleIterator MatchingRuleIterator;
typedef struct MatchingRuleResult MatchingRuleResult;
typedef struct Mismatch Mismatch;
typedef struct Mismatches Mismatches;
typedef struct MismatchesIterator MismatchesIterator;
typedef struct VerifierHandle VerifierHandle;

/* Items of the pair and triple iterators; owned by the caller and released
 * with the matching *_delete function, which also frees the strings. */
typedef struct ProviderStateParamPair {
  const char *key;
  const char *value;
} ProviderStateParamPair;

typedef struct MessageMetadataPair {
  const char *key;
  const char *value;
} MessageMetadataPair;

typedef struct MessagePactMetadataTriple {
  const char *outer_key;
  const char *inner_key;
  const char *value;
} MessagePactMetadataTriple;

typedef struct MatchingRuleKeyValuePair {
  const char *path;
  const MatchingRule *rule;
} MatchingRuleKeyValuePair;

typedef struct GeneratorKeyValuePair {
  const char *path;
  const Generator *generator;
} GeneratorKeyValuePair;

/*
 * StringResult: a string or an error text, returned by value. Both arms own
 * their string, which the caller releases with pactffi_string_delete().
 * The anonymous members are the reference's layout (clients read `.ok`).
 */
typedef enum StringResult_Tag {
  StringResult_Ok = 0,
  StringResult_Failed = 1
} StringResult_Tag;

#if defined(__GNUC__)
/* The anonymous members are the reference's layout; they are standard C11
 * but not C99 or C++, so -pedantic is told they are intended. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#endif
typedef struct StringResult {
  StringResult_Tag tag;
  union {
    struct {
      char *ok;
    };
    struct {
      char *failed;
    };
  };
} StringResult;
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

/* ======================================================================
 * Library
 * ====================================================================== */

/*
 * Returns the version of the reference ABI this library matches ("0.5.12").
 *
 * Returns: a static string; never NULL; do not release it.
 * Thread-safety: any thread. Since 0.0.0.
 */
const char *pactffi_version(void);

/* ======================================================================
 * Errors
 * ====================================================================== */

/*
 * Copies the calling thread's last error message into `buffer` and clears it
 * (the read is destructive, as in the reference).
 *
 * buffer: where to write; NULL returns -1 and keeps the message.
 * length: size of `buffer` in bytes.
 *
 * Returns: the number of bytes written including the terminating NUL (1 when
 * there is no message: an empty string is written); the rest of the buffer
 * is zero-filled.
 * Failure values: -1 `buffer` is NULL (message kept); -2 `buffer` is too
 * small for the message and its NUL (the message is discarded); -3 the
 * message could not be written; -4 the message contains an interior NUL.
 * Thread-safety: per thread. Since 0.0.0.
 */
int pactffi_get_error_message(char *buffer, int length);

/* ======================================================================
 * Memory
 * ====================================================================== */

/*
 * Releases a string that this library handed to the caller.
 *
 * string: the string; NULL is a no-op. Passing a borrowed string (for example
 * from pactffi_mock_server_mismatches) or one not from this library is
 * undefined behaviour.
 * Since 0.0.0.
 */
void pactffi_string_delete(char *string);

/*
 * Deprecated alias of pactffi_string_delete(); identical behaviour.
 */
void pactffi_free_string(char *s);

/* ======================================================================
 * Consumer DSL: pacts
 * ====================================================================== */

/*
 * Creates a pact under construction between `consumer_name` and
 * `provider_name`, using specification V3 until changed.
 *
 * consumer_name: the consumer; NULL or invalid UTF-8 uses "Consumer".
 * provider_name: the provider; NULL or invalid UTF-8 uses "Provider".
 *
 * Returns: a handle, unique among live handles; release it with
 * pactffi_free_pact_handle(). If all 65536 handles are live, the returned
 * handle is not registered: every later use reports "not found" and the last
 * error says why.
 * Thread-safety: any thread. Since 0.0.0.
 */
PactHandle pactffi_new_pact(const char *consumer_name, const char *provider_name);

/*
 * Releases a pact handle. Mock servers started from it keep running with
 * their own copy of the pact.
 *
 * Returns: 0 when the handle was released.
 * Failure values: 1 the handle is unknown (also on a second release).
 * Since 0.4.0.
 */
unsigned int pactffi_free_pact_handle(PactHandle pact);

/*
 * Sets the specification version the pact is written in.
 *
 * version: a PactSpecification value; an out-of-range value fails.
 *
 * Returns: true when set.
 * Failure values: false for an unknown handle or an out-of-range version, or
 * when a mock server was already started from the pact (the version is still
 * changed then, as in the reference).
 * Since 0.0.0.
 */
bool pactffi_with_specification(PactHandle pact, PactSpecification version);

/*
 * Sets metadata[namespace_][name] = value (a string) in the pact file.
 *
 * namespace_: the top-level metadata key; "pactRust" and "pactSpecification"
 * are read-only; NULL, empty or invalid UTF-8 fails.
 * name, value: NULL or invalid UTF-8 are read as "".
 *
 * Returns: true when set.
 * Failure values: false for an unknown handle, a read-only or empty
 * namespace, or when a mock server was already started from the pact (the
 * value is still set then).
 * Since 0.0.0.
 */
bool pactffi_with_pact_metadata(PactHandle pact, const char *namespace_, const char *name, const char *value);

/*
 * Returns the specification version of the pact.
 *
 * Failure values: PactSpecification_Unknown for an unknown handle.
 * Since 0.4.16.
 */
PactSpecification pactffi_handle_get_pact_spec_version(PactHandle pact);

/*
 * Writes the pact to `<directory>/<consumer>-<provider>.json` in the pact's
 * specification version. The file is written atomically; without
 * `overwrite` an existing file is merged (same consumer and provider
 * required; interactions with the same identity are replaced).
 *
 * directory: the directory, created when missing; NULL or "" means the
 * current directory.
 *
 * Returns: 0 when written.
 * Failure values: 1 internal error; 2 the file could not be written or
 * merged (the last error says why); 3 the handle is unknown.
 * Since 0.1.0.
 */
int32_t pactffi_pact_handle_write_file(PactHandle pact, const char *directory, bool overwrite);

/* ======================================================================
 * Consumer DSL: interactions
 * ====================================================================== */

/*
 * Adds an HTTP interaction to the pact. An interaction with the same
 * description is replaced by a new, empty one (its handle is returned).
 *
 * description: required; NULL or invalid UTF-8 fails.
 *
 * Returns: the interaction's handle.
 * Failure values: a handle whose low 16 bits are 0, for an unknown pact or a
 * NULL/invalid description.
 * Since 0.0.0.
 */
InteractionHandle pactffi_new_interaction(PactHandle pact, const char *description);

/*
 * Sets the description of the interaction.
 *
 * Failure values: false for an unknown handle or NULL/invalid description,
 * or when a mock server was already started (the change is still made).
 * Since 0.0.0.
 */
bool pactffi_upon_receiving(InteractionHandle interaction, const char *description);

/*
 * Adds a provider state named `description` to the interaction.
 *
 * Failure values: false for an unknown handle or NULL/invalid description,
 * or when a mock server was already started (the state is still added).
 * Since 0.0.0.
 */
bool pactffi_given(InteractionHandle interaction, const char *description);

/*
 * Sets parameter `name` of the provider state `description`, creating the
 * state when the interaction has none of that name.
 *
 * value: JSON text; text that is not JSON is stored as a string; NULL is "".
 *
 * Failure values: false for an unknown handle, NULL/invalid `description`
 * or `name`, or when a mock server was already started (the change is still
 * made).
 * Since 0.1.1.
 */
bool pactffi_given_with_param(InteractionHandle interaction, const char *description, const char *name,
                              const char *value);

/*
 * Adds a provider state with parameters.
 *
 * params: JSON text: an object gives the parameters; any other JSON value is
 * stored under the key "value".
 *
 * Returns: 0 when added.
 * Failure values: 1 unknown handle, or a mock server was already started
 * (the state is still added); 2 `params` is not JSON (last error set);
 * 3 `description` or `params` is NULL or invalid UTF-8.
 * Since 0.4.22.
 */
int pactffi_given_with_params(InteractionHandle interaction, const char *description, const char *params);

/*
 * Sets the request method and path.
 *
 * method: NULL or invalid UTF-8 means "GET".
 * path: a plain path or integration JSON with a matcher (e.g. a regex);
 * NULL or invalid UTF-8 means "/".
 *
 * Failure values: false for an unknown handle or a non-HTTP interaction, or
 * when a mock server was already started (the change is still made).
 * Since 0.0.0.
 */
bool pactffi_with_request(InteractionHandle interaction, const char *method, const char *path);

/*
 * Sets value number `index` of header `name` of the request or response.
 *
 * name: required; NULL or invalid UTF-8 fails. Looked up case-insensitively.
 * index: position of the value (0-based); missing earlier values become "".
 * value: a plain value or integration JSON (a matcher, or {"value": [..]} for
 * several values at once); NULL means "".
 *
 * Failure values: false for an unknown handle, a non-HTTP interaction, an
 * out-of-range `part`, a NULL/invalid name, or when a mock server was
 * already started (the change is still made).
 * Since 0.4.11.
 */
bool pactffi_with_header_v2(InteractionHandle interaction, InteractionPart part, const char *name, size_t index,
                            const char *value);

/*
 * Replaces all values of header `name` by `value`, literally (no matchers).
 *
 * Failure values: false for an unknown handle, a non-HTTP interaction, an
 * out-of-range `part`, a NULL/invalid name, or when a mock server was
 * already started (the change is still made).
 * Since 0.4.12.
 */
bool pactffi_set_header(InteractionHandle interaction, InteractionPart part, const char *name, const char *value);

/*
 * Sets value number `index` of query parameter `name`.
 *
 * value: a plain value or integration JSON; NULL makes a parameter without a
 * value ("?name"), "" an empty value ("?name=").
 *
 * Failure values: false for an unknown handle, a non-HTTP interaction, a
 * NULL/invalid name, or when a mock server was already started (the change
 * is still made).
 * Since 0.4.11.
 */
bool pactffi_with_query_parameter_v2(InteractionHandle interaction, const char *name, size_t index, const char *value);

/*
 * Sets the body of the request or response (or of a message).
 *
 * content_type: the body's content type; NULL or unparsable: taken from the
 * part's Content-Type header or detected from the body. A Content-Type header
 * is added when the part has none.
 * body: for JSON content types, integration JSON (matchers become matching
 * rules and generators); other content types are stored verbatim. NULL is an
 * empty body.
 *
 * Failure values: false for an unknown handle, an out-of-range `part`, or
 * when a mock server was already started (the change is still made).
 * Since 0.0.0.
 */
bool pactffi_with_body(InteractionHandle interaction, InteractionPart part, const char *content_type,
                       const char *body);

/*
 * Sets the response status.
 *
 * Failure values: false for an unknown handle or a non-HTTP interaction, or
 * when a mock server was already started (the change is still made).
 * Since 0.0.0.
 */
bool pactffi_response_status(InteractionHandle interaction, unsigned short status);

/*
 * Sets the response status from text: a number, or integration JSON with a
 * matcher (e.g. statusCode). Text that is not a number gives status 0.
 * NULL means "200".
 *
 * Failure values: as pactffi_response_status().
 * Since 0.4.17.
 */
bool pactffi_response_status_v2(InteractionHandle interaction, const char *status);

/*
 * Sets the V4 key of the interaction, or clears it when `value` is NULL.
 * Allowed after a mock server started.
 *
 * Failure values: false for an unknown handle or invalid UTF-8.
 * Since 0.4.21.
 */
bool pactffi_set_key(InteractionHandle interaction, const char *value);

/*
 * Marks the interaction as pending (V4) or not. Allowed after a mock server
 * started.
 *
 * Failure values: false for an unknown handle.
 * Since 0.4.21.
 */
bool pactffi_set_pending(InteractionHandle interaction, bool pending);

/*
 * Sets comment `key` of the interaction to `value` (JSON text, or a string
 * when it does not parse), or removes it when `value` is NULL. Allowed after
 * a mock server started.
 *
 * Failure values: false for an unknown handle, a NULL/invalid key or an
 * invalid value (last error set).
 * Since 0.4.21.
 */
bool pactffi_set_comment(InteractionHandle interaction, const char *key, const char *value);

/*
 * Appends `comment` to the interaction's "text" comments. Allowed after a
 * mock server started.
 *
 * Failure values: false for an unknown handle or a NULL/invalid comment
 * (last error set).
 * Since 0.4.21.
 */
bool pactffi_add_text_comment(InteractionHandle interaction, const char *comment);

/*
 * Records the name of the test that defines the interaction (V4 comment
 * "testname").
 *
 * Returns: 0 when recorded.
 * Failure values: 1 `test_name` is NULL or invalid UTF-8 (last error set);
 * 2 unknown handle; 3 a mock server was already started (nothing changed);
 * 4 not a V4 interaction (never, as every interaction is kept as V4).
 * Since 0.4.22.
 */
unsigned int pactffi_interaction_test_name(InteractionHandle interaction, const char *test_name);

/* ======================================================================
 * Mock server
 * ====================================================================== */

/*
 * Starts a mock server for a snapshot of the pact. Later changes to the pact
 * are not seen by the server, and most builder calls on the pact then
 * report failure.
 *
 * addr: the address to bind: an IPv4 or IPv6 literal ("127.0.0.1", "::1",
 * "0.0.0.0") or a host name ("localhost"); required.
 * port: the port; 0 picks a free one.
 * transport: "http" (NULL or "" mean "http").
 * transport_config: NULL, "" or JSON; the object keys "corsPreflight" (bool,
 * default false) and "keepAlive" (bool, default true) are honoured.
 *
 * Returns: the bound port (> 0).
 * Failure values: -1 unknown pact handle; -2 `transport_config` is not
 * JSON; -3 the server could not start (port in use, unknown transport);
 * -4 internal error or NULL `addr` (last error set); -5 `addr` cannot be
 * used as an address (e.g. "" or "[::1]").
 * Thread-safety: any thread; requests are served on library threads.
 * Since 0.4.0.
 */
int32_t pactffi_create_mock_server_for_transport(PactHandle pact, const char *addr, uint16_t port,
                                                 const char *transport, const char *transport_config);

/*
 * Whether every expected request arrived and nothing unexpected did.
 * The outcome of a request is recorded before its response is sent, so the
 * answer is never behind what the client saw.
 *
 * mock_server_port: the port returned at creation (truncated to 16 bits).
 *
 * Returns: true when all interactions were matched and there was no
 * mismatch. Failure values: false, also for an unknown port.
 * Since 0.0.0.
 */
bool pactffi_mock_server_matched(int32_t mock_server_port);

/*
 * The mismatches of the mock server as a JSON array (see the mock server
 * documentation for its layout); "[]" when everything matched.
 *
 * Returns: a borrowed string, valid until pactffi_cleanup_mock_server() for
 * this port; do not release it.
 * Failure values: NULL for an unknown port.
 * Since 0.0.0.
 */
char *pactffi_mock_server_mismatches(int32_t mock_server_port);

/*
 * The log lines the mock server produced since the previous call (the buffer
 * is drained by each call).
 *
 * Returns: a borrowed string, valid until pactffi_cleanup_mock_server() for
 * this port; do not release it.
 * Failure values: NULL for an unknown port.
 * Since 0.0.0.
 */
const char *pactffi_mock_server_logs(int32_t mock_server_port);

/*
 * Writes the pact served by the mock server to
 * `<directory>/<consumer>-<provider>.json`, atomically; without `overwrite`
 * an existing file is merged. Does not check whether requests matched.
 *
 * directory: created when missing; NULL or "" means the current directory.
 *
 * Returns: 0 when written.
 * Failure values: 1 internal error; 2 the file could not be written or
 * merged (last error set); 3 no mock server on that port.
 * Since 0.0.0.
 */
int32_t pactffi_write_pact_file(int32_t mock_server_port, const char *directory, bool overwrite);

/*
 * Stops the mock server: its port refuses new connections at once, requests
 * in flight finish. Strings returned for this port are released.
 *
 * Returns: true when a server was stopped.
 * Failure values: false for an unknown port (also on a second call).
 * Since 0.0.0.
 */
bool pactffi_cleanup_mock_server(int32_t mock_server_port);

/* ======================================================================
 * Consumer DSL: messages, other bodies, rules and generators
 * (new_message_interaction, with_binary_body, with_multipart_file, ...)
 * ====================================================================== */

/* ======================================================================
 * Message pacts (the older message-pact API: new_message_pact, new_message,
 * message_with_contents, write_message_pact_file, ...)
 * ====================================================================== */

/* ======================================================================
 * Model: pacts, interactions, HTTP parts, provider states, iterators
 * (parse_pact_json, pact_model_*, sync_http_*, provider_state_*, ...)
 * ====================================================================== */

/* ======================================================================
 * Model: messages and message contents
 * (async_message_*, sync_message_*, message_contents_*, message_*,
 *  message_pact_*)
 * ====================================================================== */

#ifdef __cplusplus
}  /* extern "C" */
#endif

#endif /* PACT_FFI_H */
