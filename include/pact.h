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
 * Logging
 * (init, init_with_log_level, log_to_*, logger_init/_attach_sink/_apply,
 *  fetch_log_buffer, log_message, the log callback, test-run ids, plugin
 *  logs)
 *
 * Everything the library logs goes through one process-wide configuration
 * of sinks (stdout, stderr, files, in-memory buffers), each with its own
 * level. Unlike the reference, whose logger can be installed once per
 * process, every pactffi_init*, pactffi_logger_apply and pactffi_log_to_*
 * call REPLACES the previous configuration (and returns 0). Until the first
 * one, nothing is logged.
 *
 * Line format: "<UTC time, RFC 3339 with microseconds>Z <LEVEL right-aligned
 * to 5> <thread> <target>: <message>[ <fields>]", thread being the OS thread
 * name when the thread was named, else ThreadId(NN).
 *
 * Log ids: while a mock server handles a request, its lines are logged under
 * the server's id; while pactffi_verifier_execute runs, under
 * "verify:<provider name>"; everything else under "global". The "buffer"
 * sink keeps one buffer per log id, and the log callback receives the id.
 *
 * Return codes of the int functions (the reference's log status codes):
 *   0 ok; -1 the logger could not be set (here: an out-of-range level);
 *   -3 the sink specifier is NULL or not UTF-8; -4 unknown sink type
 *   (including "file" without a path); -5 no file path; -6 the file (or its
 *   directory) cannot be created or opened; -7 the file name given to
 *   pactffi_log_to_file is NULL or not UTF-8. -2 is never returned.
 * ====================================================================== */

/*
 * LogCallback: called for every log event up to the callback's level, with
 * the event's log id (see above), the test-run id of the logging thread ("" if
 * none), the level name ("ERROR", "WARN", "INFO", "DEBUG", "TRACE"), the target
 * (e.g. "pact_mock_server") and the message (with its fields, if any). All
 * strings are valid only during the call. It runs on the thread that logs,
 * possibly a library thread; it must be thread-safe and should not call into
 * this library (events it causes are not passed back to it).
 */
typedef void (*LogCallback)(const char *log_id, const char *test_run_id, const char *level, const char *target,
                            const char *message);

/*
 * PluginLogCallback: called for every log entry a plugin sends, with the
 * plugin instance id, the test-run id ("" if none), the level, the target
 * ("" if none) and the message; strings valid only during the call. This
 * library loads no plugins, so it is only called for entries recorded
 * internally.
 */
typedef void (*PluginLogCallback)(const char *plugin_instance_id, const char *test_run_id, const char *level,
                                  const char *target, const char *message);

/*
 * Logs to stdout with `log_env_var` used as a filter directive, as the
 * reference does (no environment variable is read): "debug", or
 * "info,pact_mock_server=debug" (a level, and/or target=level pairs; the
 * longest matching target prefix wins; unparsable parts are ignored).
 * NULL, or a directive that names no level (such as "LOG_LEVEL"), logs
 * nothing. Replaces the current configuration.
 * Since 0.0.0.
 */
void pactffi_init(const char *log_env_var);

/*
 * Logs to stdout at `level`: TRACE, DEBUG, INFO, WARN, ERROR or OFF/NONE
 * (any case); NULL, non-UTF-8 or anything else means INFO. Replaces the
 * current configuration.
 * Since 0.0.0.
 */
void pactffi_init_with_log_level(const char *level);

/*
 * Enables ANSI escape processing on Windows consoles; a no-op elsewhere
 * (log lines never contain colour codes).
 * Since 0.0.0.
 */
void pactffi_enable_ansi_support(void);

/*
 * Logs `message` at `log_level` (TRACE, DEBUG, INFO, WARN or ERROR, any case;
 * anything else, OFF included, means INFO) with target "pact_ffi" and the
 * field source="<source>". A NULL or non-UTF-8 source becomes "client" after
 * a WARN line "target is NULL!". A NULL or non-UTF-8 message logs nothing.
 * Since 0.0.0.
 */
void pactffi_log_message(const char *source, const char *log_level, const char *message);

/*
 * Logs to stdout at `level_filter` only: the same as pactffi_logger_init(),
 * pactffi_logger_attach_sink("stdout", level_filter), pactffi_logger_apply()
 * (so sinks attached earlier on this thread are discarded).
 *
 * Returns: 0, the configuration replaced. Failure values: -1 level_filter out
 * of range (last error set; the configuration is unchanged).
 * Since 0.0.0.
 */
int pactffi_log_to_stdout(LevelFilter level_filter);

/*
 * As pactffi_log_to_stdout(), to stderr.
 * Since 0.0.0.
 */
int pactffi_log_to_stderr(LevelFilter level_filter);

/*
 * As pactffi_log_to_stdout(), appending to the file `file_name` (created
 * with its missing parent directories).
 *
 * Returns: 0. Failure values: -7 file_name NULL or not UTF-8; -4 file_name
 * empty; -6 the file cannot be created or opened; -1 level_filter out of
 * range. The last error says why; the configuration is unchanged.
 * Since 0.0.0.
 */
int pactffi_log_to_file(const char *file_name, LevelFilter level_filter);

/*
 * As pactffi_log_to_stdout(), to the in-memory buffers read with
 * pactffi_fetch_log_buffer() (one per log id).
 * Since 0.0.0.
 */
int pactffi_log_to_buffer(LevelFilter level_filter);

/*
 * Clears the calling thread's list of sinks to apply. Nothing changes until
 * pactffi_logger_apply().
 * Since 0.0.0.
 */
void pactffi_logger_init(void);

/*
 * Adds a sink to the calling thread's list: "stdout", "stderr", "buffer" or
 * "file <path>" (surrounding whitespace ignored; case-sensitive; the path is
 * everything after "file ", spaces included). A file sink is opened (and
 * missing directories created) at once, so errors show here. Works without a
 * prior pactffi_logger_init(); after pactffi_logger_apply() it starts the
 * next list.
 *
 * Returns: 0. Failure values: -3 sink_specifier NULL or not UTF-8; -4 unknown
 * sink type; -5 no path; -6 the file cannot be created or opened; -1
 * level_filter out of range (last error set). Nothing is added on failure.
 * Since 0.0.0.
 */
int pactffi_logger_attach_sink(const char *sink_specifier, LevelFilter level_filter);

/*
 * Replaces the logging configuration with the calling thread's list of sinks
 * (stdout at INFO when the list is empty) and clears the list. Sink buffers
 * already filled are kept.
 *
 * Returns: 0. (The reference returns -1 when a logger was installed before;
 * here configuring again is allowed.)
 * Since 0.0.0.
 */
int pactffi_logger_apply(void);

/*
 * Returns and empties the in-memory buffer of `log_id` (a mock server id
 * as passed to the log callback, "verify:<provider name>", or "global";
 * NULL or non-UTF-8 means "global"). It is only filled while a "buffer" sink
 * is configured.
 *
 * Returns: a string to release with pactffi_string_delete(); "" for an
 * unknown id. Failure values: NULL if the contents are not UTF-8.
 * Since 0.0.0.
 */
const char *pactffi_fetch_log_buffer(const char *log_id);

/*
 * Registers `callback` for every log event up to the level set with
 * pactffi_set_log_callback_level() (default Off: nothing), replacing the
 * previous one; NULL removes it. The callback receives events whatever sinks
 * are configured (the reference needs a logger applied first). When this
 * returns, the previous callback is no longer running on another thread and
 * will not be called again, so its resources may be released.
 * Since 0.5.12.
 */
void pactffi_register_log_callback(LogCallback callback);

/*
 * Sets the most verbose level passed to the log callback (LevelFilter_Off,
 * the default, passes nothing). An out-of-range value is ignored (last error
 * set).
 * Since 0.5.12.
 */
void pactffi_set_log_callback_level(LevelFilter level_filter);

/*
 * Sets the calling thread's test-run id, passed to the log callback with
 * every event logged on this thread (and sent to plugins by the reference).
 * NULL, "" or non-UTF-8 clears it.
 * Since 0.5.5.
 */
void pactffi_set_test_run_id(const char *test_run_id);

/*
 * Registers `callback` for every plugin log entry, replacing the previous
 * one; NULL removes it (the reference ignores NULL), with the guarantees of
 * pactffi_register_log_callback().
 * Since 0.5.5.
 */
void pactffi_register_plugin_log_callback(PluginLogCallback callback);

/*
 * The log entries received from plugin instance `plugin_instance_id` (kept
 * for the life of the process, not drained), one JSON object per line:
 * {"level", "message", "plugin_instance_id", "target", "test_run_id"} (absent
 * target and test-run id are null).
 *
 * Returns: a string to release with pactffi_string_delete(); "" for an
 * unknown id. Failure values: NULL for a NULL or non-UTF-8 id (last error
 * set).
 * Since 0.5.5.
 */
const char *pactffi_get_plugin_logs(const char *plugin_instance_id);

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
 * transport: "http" (NULL or "" mean "http"): HTTP/1.1, and HTTP/2 for
 * clients that start with the HTTP/2 preface (prior knowledge). "https":
 * TLS with a fresh certificate signed by the CA that
 * pactffi_get_tls_ca_certificate() returns (subjectAltName localhost,
 * 127.0.0.1, ::1 and the bound address), HTTP/2 ("h2") or HTTP/1.1 by ALPN;
 * its pact is written as V4 whatever the handle's version, as in the
 * reference. Other names would be plugin transports: -3.
 * transport_config: NULL, "" or JSON; the object keys "corsPreflight" (bool,
 * default false) and "keepAlive" (bool, default true; any other value means
 * false) are honoured.
 *
 * Returns: the bound port (> 0).
 * Failure values: -1 unknown pact handle; -2 `transport_config` is not
 * JSON; -3 the server could not start (port in use, unknown transport, TLS
 * setup failed); -4 internal error or NULL `addr` (last error set); -5
 * `addr` cannot be used as an address (e.g. "" or "[::1]").
 * Thread-safety: any thread; requests are served on library threads.
 * Since 0.4.0.
 */
int32_t pactffi_create_mock_server_for_transport(PactHandle pact, const char *addr, uint16_t port,
                                                 const char *transport, const char *transport_config);

/*
 * Legacy (removed from the reference in 0.5.0, kept here for old clients;
 * use pactffi_create_mock_server_for_transport): starts a mock server for a
 * pact given as JSON text. CORS pre-flight is off.
 *
 * pact_str: the pact file's JSON.
 * addr_str: "ip:port" ("127.0.0.1:0", "[::1]:8080"); host names are not
 * accepted; port 0 picks a free port.
 * tls: serve https as the "https" transport does.
 *
 * Returns: the bound port (> 0).
 * Failure values (last error set): -1 `pact_str` or `addr_str` is NULL;
 * -2 `pact_str` is not a pact (not JSON, or not a pact document); -3 the
 * server could not start (e.g. port in use); -4 internal error (also
 * `pact_str` not UTF-8); -5 `addr_str` is not an IP socket address; -6 TLS
 * could not be set up (only if OpenSSL fails to generate a key or
 * certificate: the CA is generated by the library, never read from disk).
 * Since 0.0.0; deprecated since 0.1.7.
 */
int32_t pactffi_create_mock_server(const char *pact_str, const char *addr_str, bool tls);

/*
 * Legacy (removed from the reference in 0.5.0, kept here for old clients;
 * use pactffi_create_mock_server_for_transport): starts a mock server for a
 * snapshot of the pact handle's pact, with CORS pre-flight on.
 *
 * addr_str: "ip:port" as for pactffi_create_mock_server().
 * tls: serve https as the "https" transport does.
 *
 * Returns: the bound port (> 0).
 * Failure values (last error set): -1 unknown pact handle; -3 the server
 * could not start; -4 internal error; -5 `addr_str` is NULL, not UTF-8 or
 * not an IP socket address; -6 TLS could not be set up (see
 * pactffi_create_mock_server()).
 * Since 0.0.0; deprecated.
 */
int32_t pactffi_create_mock_server_for_pact(PactHandle pact, const char *addr_str, bool tls);

/*
 * The PEM certificate of the CA that signs the certificates of https mock
 * servers, for clients that verify the server (e.g. Python's
 * ssl.create_default_context(cadata=...), curl --cacert). Unlike the
 * reference, which bundles a fixed CA, the library generates the CA (an EC
 * P-256 key, never written anywhere) once per process on first use; every
 * call returns the same certificate.
 *
 * Returns: an owned string; release it with pactffi_string_delete().
 * Failure values: an empty (owned) string when OpenSSL could not generate
 * the CA (last error set); NULL only when out of memory.
 * Since 0.0.0.
 */
char *pactffi_get_tls_ca_certificate(void);

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

/*
 * Adds an asynchronous message interaction to the pact, replacing one with
 * the same description (same handle value). Allowed after a mock server
 * started.
 *
 * description: NULL or invalid UTF-8 gives the invalid handle.
 * Returns: the interaction handle. Failure values: a handle whose low 16
 * bits are 0 (unknown pact, NULL description).
 * Since 0.1.1.
 */
InteractionHandle pactffi_new_message_interaction(PactHandle pact, const char *description);

/*
 * Adds a synchronous (request/response) message interaction to the pact,
 * replacing one with the same description.
 *
 * Returns: the interaction handle. Failure values: low 16 bits 0 (unknown
 * pact, NULL description).
 * Since 0.1.1.
 */
InteractionHandle pactffi_new_sync_message_interaction(PactHandle pact, const char *description);

/*
 * Sets metadata `key` of a message part. `value` may be integration JSON:
 * objects and arrays give rules in the "metadata" category; other JSON is
 * stored as its value ("123" is the number 123); text that is not JSON is a
 * string. NULL `value` removes the key. For a sync response part every
 * existing response changes; async messages ignore `part`.
 *
 * key: NULL or invalid UTF-8 -> false. part: InteractionPart.
 * Returns: true when set. Failure values: false for an unknown handle, an
 * HTTP interaction (last error set), a NULL key, or a pact whose mock server
 * started (nothing is changed then).
 * Since 0.4.21.
 */
bool pactffi_with_metadata(InteractionHandle interaction, const char *key, const char *value, InteractionPart part);

/*
 * Sets a part's contents from a content type and JSON contents. No plugins
 * can be loaded, so only core content types work: a JSON string becomes the
 * body; an object with a "contents" key is read as a pact-file body (no
 * integration JSON); other shapes change nothing.
 *
 * content_type, contents: required (NULL -> 1, last error set).
 * Returns: 0 on success.
 * Failure values: 1 NULL/invalid argument, or the response part of a sync
 * message that has no response yet; 2 a mock server started from the pact;
 * 3 unknown handle; 4 `content_type` is not a MIME type; 5 `contents` is not
 * JSON; 6 the contents are plugin configuration (keys "pact:...") that no
 * plugin can provide. The last error holds the message for 1, 4, 5 and 6.
 * Since 0.1.1.
 */
unsigned int pactffi_interaction_contents(InteractionHandle interaction, InteractionPart part,
                                          const char *content_type, const char *contents);

/*
 * Sets a binary body. HTTP parts get header Content-Type with the given text
 * when no such header exists (any case); messages get metadata
 * "contentType" overwritten; a sync response part appends a new response.
 * No matching rules are added.
 *
 * content_type: NULL -> "application/octet-stream".
 * body: NULL -> a null body; `size` 0 -> an empty body; else `size` bytes
 * are copied.
 * Returns: true when set. Failure values: false for an unknown handle, or
 * (HTTP parts only) a pact whose mock server started (the body is still set).
 * Since 0.4.10.
 */
bool pactffi_with_binary_body(InteractionHandle interaction, InteractionPart part, const char *content_type,
                              const uint8_t *body, size_t size);

/*
 * Deprecated: use pactffi_with_binary_body() and pactffi_with_matching_rules().
 * Like pactffi_with_binary_body(), but the body keeps no content type of its
 * own and, for pacts of specification V3 or later, a ContentType rule with
 * `content_type` is added at "$" of the body rules.
 *
 * content_type: NULL or invalid UTF-8 -> false.
 * Returns: true when set. Failure values: false (unknown handle, NULL
 * content type, HTTP part of a pact whose mock server started).
 * Since 0.0.0.
 */
bool pactffi_with_binary_file(InteractionHandle interaction, InteractionPart part, const char *content_type,
                              const uint8_t *body, size_t size);

/*
 * Adds a file as a part named `part_name` of a multipart/form-data body of
 * an HTTP part; a part that already has a multipart body gets the file
 * appended (its boundary re-used). Sets header "Content-Type:
 * multipart/form-data; boundary=<b>", a header regex rule allowing any
 * boundary and the body rule $.<part_name> ContentType(content_type). The
 * file part's own Content-Type is guessed from the file extension.
 *
 * content_type: required for the rule (NULL -> Failed).
 * file: path of the file to read; NULL -> a multipart body with no part.
 * part_name: NULL -> "file". boundary: NULL -> random.
 * Returns: StringResult_Ok with a NULL `ok`.
 * Failure values: StringResult_Failed with an owned message (file not
 * readable, NULL content type, unknown handle, not an HTTP interaction, a
 * mock server started — then the body is still set). Release `failed` with
 * pactffi_string_delete().
 * Since 0.4.9.
 */
StringResult pactffi_with_multipart_file_v2(InteractionHandle interaction, InteractionPart part,
                                            const char *content_type, const char *file, const char *part_name,
                                            const char *boundary);

/*
 * pactffi_with_multipart_file_v2() with a random boundary.
 *
 * Returns/Failure values: as pactffi_with_multipart_file_v2(); release a
 * `failed` message with pactffi_string_delete().
 * Since 0.0.0.
 */
StringResult pactffi_with_multipart_file(InteractionHandle interaction, InteractionPart part,
                                         const char *content_type, const char *file, const char *part_name);

/*
 * Merges generators given as pact-file JSON into a part: either
 * {"generators": {...}} or the category object itself ({"body": {"$.a":
 * {"type": "RandomInt"}}}). For a sync response part every existing
 * response gets them. Allowed after a mock server started.
 *
 * generators: required (NULL -> false, last error set).
 * Returns: true when merged. Failure values: false (unknown handle, text
 * that is not a JSON object).
 * Since 0.4.21.
 */
bool pactffi_with_generators(InteractionHandle interaction, InteractionPart part, const char *generators);

/*
 * Merges matching rules given as pact-file JSON into a part, appending per
 * path: {"matchingRules": ...} or the rules object itself, in the V2 flat
 * form ({"$.body.a": {"match": "type"}}) or the V3/V4 category form. For a
 * sync response part every existing response gets them. Allowed after a
 * mock server started.
 *
 * rules: required (NULL -> false, last error set).
 * Returns: true when merged. Failure values: false (unknown handle, text
 * that is not a JSON object, rules that cannot be read; last error set).
 * Since 0.4.15.
 */
bool pactffi_with_matching_rules(InteractionHandle interaction, InteractionPart part, const char *rules);

/*
 * Deprecated: use pactffi_with_header_v2(). Sets the value at `index` of the
 * header named exactly `name` (no comma splitting). A JSON object value is
 * integration JSON (rules in the "header" category); any other text is used
 * verbatim.
 *
 * name: NULL -> false. value: NULL -> "".
 * Returns: true when set. Failure values: false (unknown handle, not HTTP,
 * a mock server started — the value is still set).
 * Since 0.0.0.
 */
bool pactffi_with_header(InteractionHandle interaction, InteractionPart part, const char *name, size_t index,
                         const char *value);

/*
 * Deprecated: use pactffi_with_query_parameter_v2(). Sets the value at
 * `index` of query parameter `name`; a JSON object value is integration
 * JSON, any other text is used verbatim.
 *
 * name: NULL -> false. value: NULL -> "".
 * Returns: true when set. Failure values: false (unknown handle, not HTTP,
 * a mock server started — the value is still set).
 * Since 0.0.0.
 */
bool pactffi_with_query_parameter(InteractionHandle interaction, const char *name, size_t index,
                                  const char *value);

/*
 * Records an external reference under comments.references[group][name];
 * `value` is JSON text, or a string when it does not parse. Allowed after a
 * mock server started.
 *
 * group, name, value: NULL or invalid UTF-8 -> false with the last error set.
 * Returns: true when recorded. Failure values: false.
 * Since 0.5.4.
 */
bool pactffi_add_interaction_reference(InteractionHandle interaction, const char *group, const char *name,
                                       const char *value);

/*
 * The synchronous message as the consumer will see it: the interaction as V4
 * JSON with body and metadata generators applied (consumer mode) and its
 * matchingRules and generators left out.
 *
 * Returns: an owned string, released with pactffi_string_delete(); "" when
 * the interaction is not a synchronous message (as the reference answers).
 * Failure values: NULL for an unknown handle or an internal error.
 * Since 0.5.12.
 */
char *pactffi_sync_message_generate_contents(InteractionHandle interaction);

/*
 * Compares `contents` with expected response `index` of a synchronous
 * message, under that response's body rules, unexpected keys allowed (what
 * a consumer test can check of the response its handler produced).
 *
 * index: 0-based response index.
 * content_type: the content type of `contents`; NULL or unparsable: the
 * expected response's.
 * contents: the actual contents; required UTF-8.
 *
 * Returns: an owned JSON array of mismatches ("[]" when matched), released
 * with pactffi_string_delete().
 * Failure values: NULL for an unknown handle, an interaction that is not a
 * synchronous message, an index out of range, or NULL/invalid `contents`
 * (last error set for the last three).
 * Since 0.5.12.
 */
char *pactffi_sync_message_match_response_contents(InteractionHandle interaction, size_t index,
                                                   const char *content_type, const char *contents);

/* ======================================================================
 * Plugins (using_plugin, using_plugin_with_delay, cleanup_plugins)
 *
 * This library has no plugin driver and never starts a plugin process.
 * Loading a plugin fails with code 2 and a last error saying why: no plugin
 * directory, the plugin is not installed, or it is installed but cannot be
 * started here. Plugins are looked up as the reference does: in
 * $PACT_PLUGIN_DIR when set and not empty, else in $HOME/.pact/plugins, each
 * plugin in a subdirectory with a pact-plugin.json manifest. Nothing is
 * downloaded. A failed load leaves the pact unchanged (no "plugins" entry in
 * its metadata). pactffi_interaction_contents (section "Consumer DSL:
 * messages ...") gives 6 for plugin configuration.
 * ====================================================================== */

/*
 * Adds a plugin to the pact, then waits `completion_delay` milliseconds
 * (whatever the outcome, as the reference does).
 *
 * plugin_name: required (NULL or invalid UTF-8 -> 1, last error set, no
 * wait). plugin_version: NULL or "" = any version; otherwise the installed
 * version must equal it or be a semantic version at least as high.
 * Returns: 0 when the plugin was loaded (never, without a plugin driver).
 * Failure values: 1 NULL/invalid `plugin_name`; 2 the plugin could not be
 * loaded, last error "Could not load plugin - <reason>" naming the plugin
 * and the directory searched (also logged at error level). 3 (unknown pact
 * handle) is only checked after a successful load, as in the reference, so
 * it does not occur.
 * Since 0.5.0.
 */
unsigned int pactffi_using_plugin_with_delay(PactHandle pact, const char *plugin_name, const char *plugin_version,
                                             uint64_t completion_delay);

/*
 * pactffi_using_plugin_with_delay with the reference's delay of 500 ms.
 *
 * Returns: 0 when loaded (never, without a plugin driver).
 * Failure values: 1 NULL/invalid `plugin_name`; 2 the plugin could not be
 * loaded (last error set).
 * Since 0.1.1.
 */
unsigned int pactffi_using_plugin(PactHandle pact, const char *plugin_name, const char *plugin_version);

/*
 * Releases the plugins the pact uses, shutting down plugin processes that
 * no pact needs any more. No plugin can have been loaded, so this does
 * nothing, for a known or an unknown handle alike; the handle stays valid.
 * Since 0.1.1.
 */
void pactffi_cleanup_plugins(PactHandle pact);

/* ======================================================================
 * Message pacts (the older message-pact API: new_message_pact, new_message,
 * message_with_contents, write_message_pact_file, ...)
 * ====================================================================== */

/*
 * Creates a message pact: a pact of the common registry (specification V3,
 * metadata pactRust.ffi) whose messages are added with pactffi_new_message().
 *
 * consumer_name, provider_name: NULL -> "Consumer" / "Provider".
 * Returns: the handle; release it with pactffi_free_message_pact_handle().
 * Since 0.0.0.
 */
MessagePactHandle pactffi_new_message_pact(const char *consumer_name, const char *provider_name);

/*
 * Appends an asynchronous message with `description` (no replacement of a
 * message with the same description).
 *
 * Returns: the message handle. Failure values: low 16 bits 0 (unknown pact,
 * NULL or invalid description).
 * Since 0.0.0.
 */
MessageHandle pactffi_new_message(MessagePactHandle pact, const char *description);

/*
 * Deprecated: use pactffi_new_message_interaction(). Appends an asynchronous
 * message to a pact.
 *
 * Returns: the message handle. Failure values: low 16 bits 0.
 * Since 0.1.1.
 */
MessageHandle pactffi_new_async_message(PactHandle pact, const char *description);

/*
 * Sets the description of a message (any message kind; HTTP interactions
 * and unknown handles are ignored). NULL description: nothing happens.
 * Since 0.0.0.
 */
void pactffi_message_expects_to_receive(MessageHandle message, const char *description);

/*
 * Adds a provider state to a message. NULL description: nothing happens.
 * Since 0.0.0.
 */
void pactffi_message_given(MessageHandle message, const char *description);

/*
 * Sets parameter `name` of the first provider state named `description`
 * (added when missing). `value` is JSON text, or a string when it does not
 * parse; NULL -> "". NULL description or name: nothing happens.
 * Since 0.0.0.
 */
void pactffi_message_given_with_param(MessageHandle message, const char *description, const char *name,
                                      const char *value);

/*
 * Sets the contents of an asynchronous message.
 *
 * content_type: NULL -> "text/plain".
 * body, size: for JSON, text and XML content types `body` is read as a
 * NUL-terminated string and `size` is IGNORED (the reference's quirk); JSON
 * may embed matchers; XML must be a JSON description (raw XML gives an empty
 * body). Other content types copy `size` bytes. NULL body: empty contents.
 * A malformed XML description sets the last error and changes nothing.
 * Since 0.0.0.
 */
void pactffi_message_with_contents(MessageHandle message_handle, const char *content_type, const uint8_t *body,
                                   size_t size);

/*
 * Deprecated: use pactffi_with_metadata(). Sets metadata `key` of an
 * asynchronous message to `value` as a plain string (NULL -> "").
 * NULL key: nothing happens.
 * Since 0.0.0.
 */
void pactffi_message_with_metadata(MessageHandle message_handle, const char *key, const char *value);

/*
 * Deprecated: use pactffi_with_metadata(). Sets metadata `key` of an
 * asynchronous message; `value` may be integration JSON (rules in the
 * "metadata" category). NULL key: nothing happens.
 * Since 0.4.11.
 */
void pactffi_message_with_metadata_v2(MessageHandle message_handle, const char *key, const char *value);

/*
 * The message as JSON (the V3 message layout for pacts of specification V3
 * or older, the V4 interaction otherwise). For pacts of specification V3 or
 * older, body and metadata generators are applied (consumer mode); a V4
 * message is returned as stored, as the reference does.
 *
 * Returns: an owned string, released with pactffi_string_delete(): "null"
 * for a null body, "" for an unknown handle, a message without contents or
 * an interaction that is not an asynchronous message.
 * Failure values: NULL on an internal error (last error set).
 * Since 0.0.0.
 */
const char *pactffi_message_reify(MessageHandle message_handle);

/*
 * Writes the message pact to `<directory>/<consumer>-<provider>.json` with
 * the pact's specification version (a V3 pact has "messages"); without
 * `overwrite` an existing file is merged.
 *
 * directory: NULL or "" -> the current directory.
 * Returns: 0 when written.
 * Failure values: 1 write failed (last error set); 2 unknown handle.
 * Since 0.0.0.
 */
int32_t pactffi_write_message_pact_file(MessagePactHandle pact, const char *directory, bool overwrite);

/*
 * Replaces metadata namespace `namespace_` of the message pact by
 * {name: value}. An empty or NULL namespace is ignored; NULL name or value
 * are "".
 * Since 0.0.0.
 */
void pactffi_with_message_pact_metadata(MessagePactHandle pact, const char *namespace_, const char *name,
                                        const char *value);

/*
 * Deletes a message pact handle and its data (mock servers keep their copy).
 *
 * Returns: 0 when deleted. Failure values: 1 unknown or already deleted.
 * Since 0.1.1.
 */
unsigned int pactffi_free_message_pact_handle(MessagePactHandle pact);

/* ======================================================================
 * Model: pacts, interactions, HTTP parts, provider states, iterators
 * (parse_pact_json, pact_model_*, sync_http_*, provider_state_*, ...)
 * ====================================================================== */

/* ---- Pact models ------------------------------------------------------ */

/*
 * Parses a pact file's JSON (any specification version, including V3
 * message pacts) into a Pact model.
 *
 * json: the document; NULL or invalid UTF-8 fails ("json is null" /
 * "error parsing json as UTF-8").
 *
 * Returns: the model; release it with pactffi_pact_model_delete().
 * Failure values: NULL when json is NULL, not JSON or not a pact (the last
 * error says why).
 * Since 0.3.15.
 */
Pact *pactffi_parse_pact_json(const char *json);

/*
 * Releases a Pact model. NULL is a no-op. Iterators created from it keep
 * working (they hold copies).
 * Since 0.3.15.
 */
void pactffi_pact_model_delete(Pact *pact);

/*
 * Creates an iterator over a copy of all interactions of a Pact model, in
 * pact order; later changes and the model's release do not affect it.
 *
 * pact: NULL fails ("pact is null").
 *
 * Returns: the iterator; release it with pactffi_pact_interaction_iter_delete().
 * Failure values: NULL.
 * Since 0.4.0.
 */
PactInteractionIterator *pactffi_pact_model_interaction_iterator(Pact *pact);

/*
 * Returns the specification version of a Pact model: the version the parsed
 * file declares (or the handle's version for pactffi_pact_handle_to_pointer).
 *
 * Failure values: PactSpecification_Unknown when pact is NULL.
 * Since 0.4.0.
 */
PactSpecification pactffi_pact_spec_version(const Pact *pact);

/*
 * Returns a copy of the consumer of a Pact model.
 *
 * Returns: release it with pactffi_pact_consumer_delete().
 * Failure values: NULL when pact is NULL.
 * Since 0.4.0.
 */
const Consumer *pactffi_pact_get_consumer(const Pact *pact);

/*
 * Returns a copy of the provider of a Pact model.
 *
 * Returns: release it with pactffi_pact_provider_delete().
 * Failure values: NULL when pact is NULL.
 * Since 0.4.0.
 */
const Provider *pactffi_pact_get_provider(const Pact *pact);

/* Releases a consumer from pactffi_pact_get_consumer(). NULL is a no-op.
 * Since 0.4.0. */
void pactffi_pact_consumer_delete(const Consumer *consumer);

/* Releases a provider from pactffi_pact_get_provider(). NULL is a no-op.
 * Since 0.4.0. */
void pactffi_pact_provider_delete(const Provider *provider);

/*
 * Returns a copy of a consumer's name.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when consumer is NULL.
 * Since 0.0.0.
 */
const char *pactffi_consumer_get_name(const Consumer *consumer);

/*
 * Returns a copy of a provider's name.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when provider is NULL.
 * Since 0.0.0.
 */
const char *pactffi_provider_get_name(const Provider *provider);

/* ---- Pacts behind handles ------------------------------------------------ */

/*
 * Returns a copy of the pact behind a handle as a Pact model; later changes
 * through the handle are not seen by the copy.
 *
 * Returns: release it with pactffi_pact_model_delete().
 * Failure values: NULL for an unknown handle ("Pact handle is not valid").
 * Since 0.4.10.
 */
Pact *pactffi_pact_handle_to_pointer(PactHandle pact);

/*
 * Creates an iterator over a copy of the HTTP interactions of the pact
 * behind a handle.
 *
 * Returns: release it with pactffi_pact_sync_http_iter_delete().
 * Failure values: NULL for an unknown handle ("Pact handle is not valid").
 * Since 0.3.5.
 */
PactSyncHttpIterator *pactffi_pact_handle_get_sync_http_iter(PactHandle pact);

/*
 * Creates an iterator over a copy of the asynchronous messages of the pact
 * behind a handle.
 *
 * Returns: release it with pactffi_pact_async_message_iter_delete().
 * Failure values: NULL for an unknown handle ("Pact handle is not valid").
 * Since 0.4.21.
 */
PactAsyncMessageIterator *pactffi_pact_handle_get_async_message_iter(PactHandle pact);

/*
 * Creates an iterator over a copy of the synchronous messages of the pact
 * behind a handle.
 *
 * Returns: release it with pactffi_pact_sync_message_iter_delete().
 * Failure values: NULL for an unknown handle ("Pact handle is not valid").
 * Since 0.1.1.
 */
PactSyncMessageIterator *pactffi_pact_handle_get_sync_message_iter(PactHandle pact);

/*
 * Creates an iterator over a copy of the V3-style messages (the asynchronous
 * messages) of the pact behind a handle; other interactions are skipped.
 *
 * Returns: release it with pactffi_pact_message_iter_delete().
 * Failure values: NULL for an unknown handle ("Pact handle is not valid").
 * Since 0.1.1.
 */
PactMessageIterator *pactffi_pact_handle_get_message_iter(PactHandle pact);

/* ---- Interaction iterators -------------------------------------------- */

/*
 * Returns the next interaction of the iterator.
 *
 * Returns: borrowed, owned by the iterator and valid until it is deleted
 * (pactffi_pact_interaction_delete on it does nothing).
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.4.0.
 */
const PactInteraction *pactffi_pact_interaction_iter_next(PactInteractionIterator *iter);

/* Releases an interaction iterator and its items. NULL is a no-op.
 * Since 0.4.0. */
void pactffi_pact_interaction_iter_delete(PactInteractionIterator *iter);

/*
 * Returns the next HTTP interaction of the iterator.
 *
 * Returns: borrowed, owned by the iterator and valid until it is deleted;
 * it may be changed with the pactffi_sync_http_set_* functions.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.3.5.
 */
SynchronousHttp *pactffi_pact_sync_http_iter_next(PactSyncHttpIterator *iter);

/* Releases an HTTP interaction iterator and its items. NULL is a no-op.
 * Since 0.3.5. */
void pactffi_pact_sync_http_iter_delete(PactSyncHttpIterator *iter);

/* ---- Generic interactions --------------------------------------------- */

/*
 * Returns a copy of a generic interaction as an HTTP interaction.
 *
 * Returns: release it with pactffi_sync_http_delete().
 * Failure values: NULL when the interaction is not HTTP (last error not
 * set), or when interaction is NULL.
 * Since 0.4.0.
 */
const SynchronousHttp *pactffi_pact_interaction_as_synchronous_http(const PactInteraction *interaction);

/*
 * Returns a copy of a generic interaction as a V3 message (asynchronous
 * messages convert).
 *
 * Returns: release it with pactffi_message_delete().
 * Failure values: NULL when the interaction is not an asynchronous message
 * (last error not set), or when interaction is NULL.
 * Since 0.4.0.
 */
const Message *pactffi_pact_interaction_as_message(const PactInteraction *interaction);

/*
 * Returns a copy of a generic interaction as an asynchronous message (V3
 * messages are asynchronous messages).
 *
 * Returns: release it with pactffi_async_message_delete().
 * Failure values: NULL when the interaction is not an asynchronous message
 * (last error not set), or when interaction is NULL.
 * Since 0.4.0.
 */
const AsynchronousMessage *pactffi_pact_interaction_as_asynchronous_message(const PactInteraction *interaction);

/*
 * Returns a copy of a generic interaction as a synchronous message.
 *
 * Returns: release it with pactffi_sync_message_delete().
 * Failure values: NULL when the interaction is not a synchronous message
 * (last error not set), or when interaction is NULL.
 * Since 0.4.0.
 */
const SynchronousMessage *pactffi_pact_interaction_as_synchronous_message(const PactInteraction *interaction);

/* Releases a generic interaction the caller owns. NULL, and items borrowed
 * from an iterator, are left alone. Since 0.4.0. */
void pactffi_pact_interaction_delete(const PactInteraction *interaction);

/* ---- HTTP interactions (SynchronousHttp) ------------------------------ */

/*
 * Creates an empty HTTP interaction (GET /, no description, bodies missing).
 *
 * Returns: release it with pactffi_sync_http_delete().
 * Failure values: NULL (out of memory).
 * Since 0.3.5.
 */
SynchronousHttp *pactffi_sync_http_new(void);

/* Releases an HTTP interaction the caller owns. NULL, and items borrowed
 * from an iterator, are left alone. Since 0.3.5. */
void pactffi_sync_http_delete(const SynchronousHttp *interaction);

/*
 * Returns the request part of an HTTP interaction.
 *
 * Returns: borrowed, valid until the interaction is deleted (the same
 * pointer on every call).
 * Failure values: NULL when interaction is NULL.
 * Since 0.4.0.
 */
const HttpRequest *pactffi_sync_http_get_request(const SynchronousHttp *interaction);

/*
 * Returns the request body as text: "" for an empty or null body; "" for
 * bytes that are not UTF-8.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when the body is missing (last error not set), the
 * body holds a NUL byte, or interaction is NULL.
 * Since 0.3.5.
 */
const char *pactffi_sync_http_get_request_contents(const SynchronousHttp *interaction);

/*
 * Sets the request body to a string.
 *
 * contents: the text; NULL makes the body an explicit JSON null; invalid
 * UTF-8 leaves the body unchanged and sets the last error.
 * content_type: the body's content type; NULL, invalid UTF-8 or an
 * unparsable type leave it unset.
 * Interaction NULL: nothing happens (last error set).
 * Since 0.3.5.
 */
void pactffi_sync_http_set_request_contents(SynchronousHttp *interaction, const char *contents,
                                            const char *content_type);

/*
 * Returns the length in bytes of the request body (0 when missing, empty or
 * null, or when interaction is NULL).
 * Since 0.3.5.
 */
size_t pactffi_sync_http_get_request_contents_length(const SynchronousHttp *interaction);

/*
 * Returns the request body bytes; their count is
 * pactffi_sync_http_get_request_contents_length().
 *
 * Returns: borrowed, valid until the body is changed or the interaction
 * deleted.
 * Failure values: NULL when the body is missing, empty or null, or when
 * interaction is NULL.
 * Since 0.3.5.
 */
const unsigned char *pactffi_sync_http_get_request_contents_bin(const SynchronousHttp *interaction);

/*
 * Sets the request body to bytes (copied).
 *
 * contents: the bytes; NULL makes the body an explicit JSON null; len 0 an
 * empty body.
 * content_type: as for pactffi_sync_http_set_request_contents().
 * Since 0.3.5.
 */
void pactffi_sync_http_set_request_contents_bin(SynchronousHttp *interaction, const unsigned char *contents,
                                                size_t len, const char *content_type);

/*
 * Returns the response part of an HTTP interaction.
 *
 * Returns: borrowed, valid until the interaction is deleted.
 * Failure values: NULL when interaction is NULL.
 * Since 0.4.0.
 */
const HttpResponse *pactffi_sync_http_get_response(const SynchronousHttp *interaction);

/*
 * Returns the response body as text, as pactffi_sync_http_get_request_contents().
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when the body is missing, or interaction is NULL.
 * Since 0.3.5.
 */
const char *pactffi_sync_http_get_response_contents(const SynchronousHttp *interaction);

/*
 * Sets the response body to a string, as pactffi_sync_http_set_request_contents().
 * Since 0.3.5.
 */
void pactffi_sync_http_set_response_contents(SynchronousHttp *interaction, const char *contents,
                                             const char *content_type);

/*
 * Returns the length in bytes of the response body (0 when missing, empty
 * or null, or when interaction is NULL).
 * Since 0.3.5.
 */
size_t pactffi_sync_http_get_response_contents_length(const SynchronousHttp *interaction);

/*
 * Returns the response body bytes, as pactffi_sync_http_get_request_contents_bin().
 *
 * Returns: borrowed, valid until the body is changed or the interaction
 * deleted.
 * Failure values: NULL when the body is missing, empty or null.
 * Since 0.3.5.
 */
const unsigned char *pactffi_sync_http_get_response_contents_bin(const SynchronousHttp *interaction);

/*
 * Sets the response body to bytes, as pactffi_sync_http_set_request_contents_bin().
 * Since 0.3.5.
 */
void pactffi_sync_http_set_response_contents_bin(SynchronousHttp *interaction, const unsigned char *contents,
                                                 size_t len, const char *content_type);

/*
 * Returns a copy of the description of an HTTP interaction.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when interaction is NULL.
 * Since 0.3.5.
 */
const char *pactffi_sync_http_get_description(const SynchronousHttp *interaction);

/*
 * Sets the description of an HTTP interaction.
 *
 * description: NULL or invalid UTF-8 fails (last error set).
 *
 * Returns: 0 when set.
 * Failure values: 1 when interaction or description is NULL or invalid.
 * Since 0.3.5.
 */
int pactffi_sync_http_set_description(SynchronousHttp *interaction, const char *description);

/*
 * Returns the provider state at `index` of an HTTP interaction.
 *
 * Returns: borrowed, owned by the interaction; valid until it is deleted.
 * Failure values: NULL when index is out of range ("index is out of
 * bounds") or interaction is NULL.
 * Since 0.3.5.
 */
const ProviderState *pactffi_sync_http_get_provider_state(const SynchronousHttp *interaction, unsigned int index);

/*
 * Creates an iterator over a copy of the provider states of an HTTP
 * interaction.
 *
 * Returns: release it with pactffi_provider_state_iter_delete().
 * Failure values: NULL when interaction is NULL.
 * Since 0.3.5.
 */
ProviderStateIterator *pactffi_sync_http_get_provider_state_iter(SynchronousHttp *interaction);

/* ---- Provider states -------------------------------------------------- */

/*
 * Returns a copy of a provider state's name.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when provider_state is NULL.
 * Since 0.0.0.
 */
const char *pactffi_provider_state_get_name(const ProviderState *provider_state);

/*
 * Creates an iterator over a copy of a provider state's parameters, in the
 * order of the pact.
 *
 * Returns: release it with pactffi_provider_state_param_iter_delete(); it may
 * outlive the state.
 * Failure values: NULL when provider_state is NULL.
 * Since 0.0.0.
 */
ProviderStateParamIterator *pactffi_provider_state_get_param_iter(ProviderState *provider_state);

/*
 * Returns the next (key, value) parameter; the value is the parameter as
 * compact JSON text (a string value is quoted: "\"x\"").
 *
 * Returns: release it with pactffi_provider_state_param_pair_delete().
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.0.0.
 */
ProviderStateParamPair *pactffi_provider_state_param_iter_next(ProviderStateParamIterator *iter);

/* Releases a parameter iterator. NULL is a no-op. Since 0.0.0. */
void pactffi_provider_state_param_iter_delete(ProviderStateParamIterator *iter);

/* Releases a parameter pair and its strings. NULL is a no-op. Since 0.0.0. */
void pactffi_provider_state_param_pair_delete(ProviderStateParamPair *pair);

/* Releases a provider state the caller owns. NULL, and states borrowed from
 * an interaction or iterator, are left alone. Since 0.0.0. */
void pactffi_provider_state_delete(ProviderState *provider_state);

/*
 * Returns the next provider state of the iterator.
 *
 * Returns: borrowed, owned by the iterator; valid until it is deleted.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.0.0.
 */
ProviderState *pactffi_provider_state_iter_next(ProviderStateIterator *iter);

/* Releases a provider state iterator and its items. NULL is a no-op.
 * Since 0.0.0. */
void pactffi_provider_state_iter_delete(ProviderStateIterator *iter);

/* ---- Matching rules and generators of HTTP parts ---------------------- */

/*
 * Creates an iterator over a copy of the matching rules of one category of
 * a request: every rule of every path, paths in ascending order.
 *
 * category: an out-of-range value fails.
 *
 * Returns: release it with pactffi_matching_rules_iter_delete().
 * Failure values: NULL when request is NULL or category out of range.
 * Since 0.4.0.
 */
MatchingRuleCategoryIterator *pactffi_request_contents_get_matching_rule_iter(const HttpRequest *request,
                                                                              MatchingRuleCategory category);

/*
 * As pactffi_request_contents_get_matching_rule_iter(), for a response.
 * Since 0.4.0.
 */
MatchingRuleCategoryIterator *pactffi_response_contents_get_matching_rule_iter(const HttpResponse *response,
                                                                               MatchingRuleCategory category);

/*
 * Creates an iterator over a copy of the generators of one category of a
 * request, paths in ascending order.
 *
 * category: an out-of-range value fails.
 *
 * Returns: release it with pactffi_generators_iter_delete().
 * Failure values: NULL when request is NULL or category out of range.
 * Since 0.4.0.
 */
GeneratorCategoryIterator *pactffi_request_contents_get_generators_iter(const HttpRequest *request,
                                                                        GeneratorCategory category);

/*
 * As pactffi_request_contents_get_generators_iter(), for a response.
 * Since 0.4.0.
 */
GeneratorCategoryIterator *pactffi_response_contents_get_generators_iter(const HttpResponse *response,
                                                                         GeneratorCategory category);

/*
 * Returns the next (path, rule) pair; a path with several rules gives
 * several pairs.
 *
 * Returns: release it with pactffi_matching_rules_iter_pair_delete(); its
 * path and rule belong to the pair and stay valid until it is deleted.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.4.0.
 */
const MatchingRuleKeyValuePair *pactffi_matching_rules_iter_next(MatchingRuleCategoryIterator *iter);

/* Releases a matching-rule iterator. NULL is a no-op. Since 0.4.0. */
void pactffi_matching_rules_iter_delete(MatchingRuleCategoryIterator *iter);

/* Releases a (path, rule) pair with its path and rule. NULL is a no-op.
 * Since 0.4.0. */
void pactffi_matching_rules_iter_pair_delete(const MatchingRuleKeyValuePair *pair);

/*
 * Returns the next (path, generator) pair.
 *
 * Returns: release it with pactffi_generators_iter_pair_delete(); its path
 * and generator belong to the pair.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.4.0.
 */
const GeneratorKeyValuePair *pactffi_generators_iter_next(GeneratorCategoryIterator *iter);

/* Releases a generator iterator. NULL is a no-op. Since 0.4.0. */
void pactffi_generators_iter_delete(GeneratorCategoryIterator *iter);

/* Releases a (path, generator) pair with its path and generator. NULL is a
 * no-op. Since 0.4.0. */
void pactffi_generators_iter_pair_delete(const GeneratorKeyValuePair *pair);

/*
 * Returns a matching rule as its pact-file JSON (compact), e.g.
 * {"match":"regex","regex":"\\d+"}.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when rule is NULL.
 * Since 0.3.15.
 */
const char *pactffi_matching_rule_to_json(const MatchingRule *rule);

/*
 * Returns a generator as its pact-file JSON (compact), e.g.
 * {"max":10,"min":1,"type":"RandomInt"}.
 *
 * Returns: release it with pactffi_string_delete().
 * Failure values: NULL when generator is NULL.
 * Since 0.3.15.
 */
const char *pactffi_generator_to_json(const Generator *generator);

/* ======================================================================
 * Model: messages and message contents
 * (async_message_*, sync_message_*, message_contents_*, message_*,
 *  message_pact_*)
 * ====================================================================== */

/*
 * Creates an empty V4 asynchronous message (description "", missing body).
 * Returns: release it with pactffi_async_message_delete().
 * Failure values: NULL on allocation failure.
 * Since 0.4.0.
 */
AsynchronousMessage *pactffi_async_message_new(void);

/*
 * Releases an asynchronous message the caller owns. NULL is a no-op; a
 * message borrowed from an iterator is left alone (last error set).
 * Since 0.4.0.
 */
void pactffi_async_message_delete(const AsynchronousMessage *message);

/*
 * Returns the contents part (body, metadata, rules, generators) of the message.
 * Returns: borrowed, valid until the message is deleted or mutated.
 * Failure values: NULL when message is NULL.
 * Since 0.4.0.
 */
const MessageContents *pactffi_async_message_get_contents(const AsynchronousMessage *message);

/*
 * Returns a copy of the contents as the consumer would receive them.
 * Body and metadata generators are applied (consumer mode, empty context);
 * the stored example is not changed.
 * Returns: release it with pactffi_message_contents_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.4.21.
 */
const MessageContents *pactffi_async_message_generate_contents(const AsynchronousMessage *message);

/*
 * Returns the message body as text: "" for an empty or null body, and "" when the
 * body is not text (binary hint or content type) or not UTF-8.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when the body is missing (last error not set), the body
 * holds a NUL byte, or message is NULL.
 * Since 0.4.0.
 */
const char *pactffi_async_message_get_contents_str(const AsynchronousMessage *message);

/*
 * Sets the message body from a string.
 * contents: NULL makes the body the JSON null body; otherwise it must be UTF-8
 * (else the last error is "error parsing contents: as UTF-8" and nothing changes).
 * content_type: optional; kept when it parses as a MIME type. The body gets the
 * text content-type hint.
 * A NULL message sets the last error.
 * Since 0.4.0.
 */
void pactffi_async_message_set_contents_str(AsynchronousMessage *message, const char *contents, const char *content_type);

/*
 * Returns the byte length of the message body.
 * Failure values: 0 when there is no body, or message is NULL.
 * Since 0.4.0.
 */
size_t pactffi_async_message_get_contents_length(const AsynchronousMessage *message);

/*
 * Returns the message body bytes.
 * Returns: borrowed, valid until the message is changed or deleted; its length is
 * pactffi_async_message_get_contents_length(). NULL when the body is missing, empty or null.
 * Failure values: NULL when message is NULL.
 * Since 0.4.0.
 */
const unsigned char *pactffi_async_message_get_contents_bin(const AsynchronousMessage *message);

/*
 * Sets the message body from bytes.
 * contents: NULL makes the body the JSON null body; otherwise len bytes are copied
 * (len 0: an empty body). content_type: optional; kept when it parses as a MIME
 * type. The body gets the binary content-type hint.
 * A NULL message sets the last error.
 * Since 0.4.0.
 */
void pactffi_async_message_set_contents_bin(AsynchronousMessage *message, const unsigned char *contents, size_t len, const char *content_type);

/*
 * Returns a copy of the message description.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.4.0.
 */
const char *pactffi_async_message_get_description(const AsynchronousMessage *message);

/*
 * Sets the message description (required UTF-8 string).
 * Returns: 0 on success.
 * Failure values: 1 when message or description is NULL or description is not
 * UTF-8 (last error set).
 * Since 0.4.0.
 */
int pactffi_async_message_set_description(AsynchronousMessage *message, const char *description);

/*
 * Returns the provider state at index.
 * Returns: borrowed, owned by the message; valid until it is deleted or mutated.
 * Failure values: NULL when message is NULL or index is out of range
 * ("index is out of bounds").
 * Since 0.4.0.
 */
const ProviderState *pactffi_async_message_get_provider_state(const AsynchronousMessage *message, unsigned int index);

/*
 * Iterates a copy of the provider states of the message.
 * Returns: release it with pactffi_provider_state_iter_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.4.0.
 */
ProviderStateIterator *pactffi_async_message_get_provider_state_iter(AsynchronousMessage *message);

/*
 * Releases message contents the caller owns (from the *_generate_* functions).
 * NULL is a no-op; contents borrowed from a message are left alone (last error
 * set).
 * Since 0.4.21.
 */
void pactffi_message_contents_delete(const MessageContents *contents);

/*
 * Returns the body as text: "" for an empty or null body, and "" when the
 * body is not text (binary hint or content type) or not UTF-8.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when the body is missing (last error not set), the body
 * holds a NUL byte, or contents is NULL.
 * Since 0.4.0.
 */
const char *pactffi_message_contents_get_contents_str(const MessageContents *contents);

/*
 * Sets the body from a string.
 * contents_str: NULL makes the body the JSON null body; otherwise it must be UTF-8
 * (else the last error is "error parsing contents_str: as UTF-8" and nothing changes).
 * content_type: optional; kept when it parses as a MIME type. The body gets the
 * text content-type hint.
 * Since 0.4.0.
 */
void pactffi_message_contents_set_contents_str(MessageContents *contents, const char *contents_str, const char *content_type);

/*
 * Returns the byte length of the body.
 * Failure values: 0 when there is no body, or contents is NULL.
 * Since 0.4.0.
 */
size_t pactffi_message_contents_get_contents_length(const MessageContents *contents);

/*
 * Returns the body bytes.
 * Returns: borrowed, valid until the contents is changed or deleted; its length is
 * pactffi_message_contents_get_contents_length(). NULL when the body is missing, empty or null.
 * Failure values: NULL when contents is NULL.
 * Since 0.4.0.
 */
const unsigned char *pactffi_message_contents_get_contents_bin(const MessageContents *contents);

/*
 * Sets the body from bytes.
 * contents_bin: NULL makes the body the JSON null body; otherwise len bytes are copied
 * (len 0: an empty body). content_type: optional; kept when it parses as a MIME
 * type. The body gets the binary content-type hint.
 * Since 0.4.0.
 */
void pactffi_message_contents_set_contents_bin(MessageContents *contents, const unsigned char *contents_bin, size_t len, const char *content_type);

/*
 * Iterates a copy of the metadata, keys in ascending order.
 * Returns: release it with pactffi_message_metadata_iter_delete().
 * Failure values: NULL when contents is NULL.
 * Since 0.4.0.
 */
MessageMetadataIterator *pactffi_message_contents_get_metadata_iter(const MessageContents *contents);

/*
 * Iterates a copy of the (path, rule) pairs of one matching-rule category.
 * category: out of range -> failure.
 * Returns: release it with pactffi_matching_rules_iter_delete().
 * Failure values: NULL when contents is NULL or category is out of range.
 * Since 0.4.0.
 */
MatchingRuleCategoryIterator *pactffi_message_contents_get_matching_rule_iter(const MessageContents *contents, MatchingRuleCategory category);

/*
 * Iterates a copy of the (path, generator) pairs of one generator category.
 * category: out of range -> failure.
 * Returns: release it with pactffi_generators_iter_delete().
 * Failure values: NULL when contents is NULL or category is out of range.
 * Since 0.4.0.
 */
GeneratorCategoryIterator *pactffi_message_contents_get_generators_iter(const MessageContents *contents, GeneratorCategory category);

/*
 * Releases a pact message iterator and its items. NULL is a no-op.
 * Since 0.1.1.
 */
void pactffi_pact_message_iter_delete(PactMessageIterator *iter);

/*
 * Returns the next V3 message of the iterator.
 * Returns: borrowed, owned by the iterator; valid until it is deleted.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.1.1.
 */
Message *pactffi_pact_message_iter_next(PactMessageIterator *iter);

/*
 * Returns the next asynchronous message of the iterator.
 * Returns: borrowed, owned by the iterator; valid until it is deleted.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.4.21.
 */
AsynchronousMessage *pactffi_pact_async_message_iter_next(PactAsyncMessageIterator *iter);

/*
 * Releases an asynchronous message iterator and its items. NULL is a no-op.
 * Since 0.4.21.
 */
void pactffi_pact_async_message_iter_delete(PactAsyncMessageIterator *iter);

/*
 * Returns the next synchronous message of the iterator.
 * Returns: borrowed, owned by the iterator; valid until it is deleted.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.1.1.
 */
SynchronousMessage *pactffi_pact_sync_message_iter_next(PactSyncMessageIterator *iter);

/*
 * Releases a synchronous message iterator and its items. NULL is a no-op.
 * Since 0.1.1.
 */
void pactffi_pact_sync_message_iter_delete(PactSyncMessageIterator *iter);

/*
 * Creates an empty V3 message.
 * Returns: release it with pactffi_message_delete().
 * Failure values: NULL on allocation failure.
 * Since 0.0.0.
 */
Message *pactffi_message_new(void);

/*
 * Reads a V3 message from its pact-file JSON. index: names a message without a
 * description ("Message <index>"). json_str: required UTF-8 JSON. spec_version:
 * V3 or V4 (others: "Messages require Pact Specification version 3").
 * Returns: release it with pactffi_message_delete().
 * Failure values: NULL on any error (last error set).
 * Since 0.0.0.
 */
Message *pactffi_message_new_from_json(unsigned int index, const char *json_str, PactSpecification spec_version);

/*
 * Creates a V3 message with body (bytes taken as they are, required) and
 * content_type (required MIME type, also stored as metadata "contentType").
 * Returns: release it with pactffi_message_delete().
 * Failure values: NULL when body or content_type is NULL, content_type is not
 * UTF-8 or not a MIME type (last error set).
 * Since 0.0.0.
 */
Message *pactffi_message_new_from_body(const char *body, const char *content_type);

/*
 * Releases a V3 message the caller owns. NULL is a no-op; a message borrowed
 * from an iterator or message pact is left alone (last error set).
 * Since 0.0.0.
 */
void pactffi_message_delete(Message *message);

/*
 * Returns the message body as text: "" for an empty or null body, and "" when the
 * body is not text (binary hint or content type) or not UTF-8.
 * Body and metadata generators are applied (consumer mode, empty context);
 * the stored example is not changed.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when the body is missing (last error not set), the body
 * holds a NUL byte, or message is NULL.
 * Since 0.0.0.
 */
const char *pactffi_message_get_contents(const Message *message);

/*
 * Sets the message body from a string.
 * contents: NULL makes the body the JSON null body; otherwise it must be UTF-8
 * (else the last error is "error parsing contents: as UTF-8" and nothing changes).
 * content_type: optional; kept when it parses as a MIME type. The body gets the
 * text content-type hint.
 * Since 0.3.5.
 */
void pactffi_message_set_contents(Message *message, const char *contents, const char *content_type);

/*
 * Returns the byte length of the message body.
 * Failure values: 0 when there is no body, or message is NULL.
 * Since 0.1.1.
 */
size_t pactffi_message_get_contents_length(const Message *message);

/*
 * Returns the message body bytes.
 * Returns: borrowed, valid until the message is changed or deleted; its length is
 * pactffi_message_get_contents_length(). NULL when the body is missing, empty or null.
 * Failure values: NULL when message is NULL.
 * Since 0.1.1.
 */
const unsigned char *pactffi_message_get_contents_bin(const Message *message);

/*
 * Sets the message body from bytes.
 * contents: NULL makes the body the JSON null body; otherwise len bytes are copied
 * (len 0: an empty body). content_type: optional; kept when it parses as a MIME
 * type. The body gets the binary content-type hint.
 * Since 0.3.5.
 */
void pactffi_message_set_contents_bin(Message *message, const unsigned char *contents, size_t len, const char *content_type);

/*
 * Returns a copy of the message description.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.0.0.
 */
const char *pactffi_message_get_description(const Message *message);

/*
 * Sets the message description (required UTF-8 string).
 * Returns: 0 on success.
 * Failure values: 1 when message or description is NULL or description is not
 * UTF-8 (last error set).
 * Since 0.0.0.
 */
int pactffi_message_set_description(Message *message, const char *description);

/*
 * Returns the provider state at index.
 * Returns: borrowed, owned by the message; valid until it is deleted or mutated.
 * Failure values: NULL when message is NULL or index is out of range.
 * Since 0.0.0.
 */
const ProviderState *pactffi_message_get_provider_state(const Message *message, unsigned int index);

/*
 * Iterates a copy of the provider states of the message.
 * Returns: release it with pactffi_provider_state_iter_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.0.0.
 */
ProviderStateIterator *pactffi_message_get_provider_state_iter(Message *message);

/*
 * Returns the metadata value of key (required UTF-8) as text: strings as they
 * are, other JSON as JSON text.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when message or key is NULL, key is not UTF-8, or there
 * is no such key ("invalid metadata key").
 * Since 0.0.0.
 */
const char *pactffi_message_find_metadata(const Message *message, const char *key);

/*
 * Sets metadata key to the string value (both required UTF-8).
 * Returns: 0 when the key is new, -1 when an existing value was replaced.
 * Failure values: -2 when message, key or value is NULL or not UTF-8.
 * Since 0.0.0.
 */
int pactffi_message_insert_metadata(Message *message, const char *key, const char *value);

/*
 * Returns the next (key, value) metadata pair; values are text (strings as
 * they are, other JSON as JSON text).
 * Returns: release it with pactffi_message_metadata_pair_delete().
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.0.0.
 */
MessageMetadataPair *pactffi_message_metadata_iter_next(MessageMetadataIterator *iter);

/*
 * Iterates a copy of the message metadata, keys in ascending order.
 * Returns: release it with pactffi_message_metadata_iter_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.0.0.
 */
MessageMetadataIterator *pactffi_message_get_metadata_iter(Message *message);

/*
 * Releases a metadata iterator. NULL is a no-op.
 * Since 0.0.0.
 */
void pactffi_message_metadata_iter_delete(MessageMetadataIterator *iter);

/*
 * Releases a metadata pair and its strings. NULL is a no-op.
 * Since 0.0.0.
 */
void pactffi_message_metadata_pair_delete(MessageMetadataPair *pair);

/*
 * Reads a V3 message pact from JSON. file_name: required, used in error text.
 * json_str: required UTF-8 JSON; only its "messages" hold messages.
 * Returns: release it with pactffi_message_pact_delete().
 * Failure values: NULL on any error (last error set).
 * Since 0.0.0.
 */
MessagePact *pactffi_message_pact_new_from_json(const char *file_name, const char *json_str);

/*
 * Releases a message pact. NULL is a no-op.
 * Since 0.0.0.
 */
void pactffi_message_pact_delete(MessagePact *message_pact);

/*
 * Returns the consumer of the message pact.
 * Returns: borrowed, owned by the message pact; valid until it is deleted.
 * Failure values: NULL when message_pact is NULL.
 * Since 0.0.0.
 */
Consumer *pactffi_message_pact_get_consumer(MessagePact *message_pact);

/*
 * Returns the provider of the message pact.
 * Returns: borrowed, owned by the message pact; valid until it is deleted.
 * Failure values: NULL when message_pact is NULL.
 * Since 0.0.0.
 */
Provider *pactffi_message_pact_get_provider(MessagePact *message_pact);

/*
 * Iterates the messages of the message pact (not a copy: the iterator must
 * not outlive the message pact).
 * Returns: release it with pactffi_message_pact_message_iter_delete().
 * Failure values: NULL when message_pact is NULL.
 * Since 0.0.0.
 */
MessagePactMessageIterator *pactffi_message_pact_get_message_iter(MessagePact *message_pact);

/*
 * Returns the next message of the message pact.
 * Returns: borrowed, owned by the message pact; valid until it is deleted.
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.0.0.
 */
Message *pactffi_message_pact_message_iter_next(MessagePactMessageIterator *iter);

/*
 * Releases a message pact message iterator. NULL is a no-op.
 * Since 0.0.0.
 */
void pactffi_message_pact_message_iter_delete(MessagePactMessageIterator *iter);

/*
 * Returns the metadata value at [key1][key2] (both required UTF-8), for
 * example ("pactSpecification", "version").
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when an argument is NULL or not UTF-8, or a key is
 * absent ("invalid metadata key (key 1)" / "(key 2)").
 * Since 0.0.0.
 */
const char *pactffi_message_pact_find_metadata(const MessagePact *message_pact, const char *key1, const char *key2);

/*
 * Iterates a copy of the (namespace, key, value) metadata entries, ordered by
 * namespace then key.
 * Returns: release it with pactffi_message_pact_metadata_iter_delete().
 * Failure values: NULL when message_pact is NULL.
 * Since 0.0.0.
 */
MessagePactMetadataIterator *pactffi_message_pact_get_metadata_iter(MessagePact *message_pact);

/*
 * Returns the next metadata triple.
 * Returns: release it with pactffi_message_pact_metadata_triple_delete().
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.0.0.
 */
MessagePactMetadataTriple *pactffi_message_pact_metadata_iter_next(MessagePactMetadataIterator *iter);

/*
 * Releases a message pact metadata iterator. NULL is a no-op.
 * Since 0.0.0.
 */
void pactffi_message_pact_metadata_iter_delete(MessagePactMetadataIterator *iter);

/*
 * Releases a metadata triple and its strings. NULL is a no-op.
 * Since 0.0.0.
 */
void pactffi_message_pact_metadata_triple_delete(MessagePactMetadataTriple *triple);

/*
 * Creates an empty V4 synchronous message (no responses).
 * Returns: release it with pactffi_sync_message_delete().
 * Failure values: NULL on allocation failure.
 * Since 0.3.5.
 */
SynchronousMessage *pactffi_sync_message_new(void);

/*
 * Releases a synchronous message the caller owns. NULL is a no-op; a message
 * borrowed from an iterator is left alone (last error set).
 * Since 0.1.1.
 */
void pactffi_sync_message_delete(SynchronousMessage *message);

/*
 * Returns the request body as text: "" for an empty or null body, and "" when the
 * body is not text (binary hint or content type) or not UTF-8.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when the body is missing (last error not set), the body
 * holds a NUL byte, or message is NULL.
 * Since 0.4.0.
 */
const char *pactffi_sync_message_get_request_contents_str(const SynchronousMessage *message);

/*
 * Sets the request body from a string.
 * contents: NULL makes the body the JSON null body; otherwise it must be UTF-8
 * (else the last error is "error parsing contents: as UTF-8" and nothing changes).
 * content_type: optional; kept when it parses as a MIME type. The body gets the
 * text content-type hint.
 * Since 0.4.0.
 */
void pactffi_sync_message_set_request_contents_str(SynchronousMessage *message, const char *contents, const char *content_type);

/*
 * Returns the byte length of the request body.
 * Failure values: 0 when there is no body, or message is NULL.
 * Since 0.1.1.
 */
size_t pactffi_sync_message_get_request_contents_length(const SynchronousMessage *message);

/*
 * Returns the request body bytes.
 * Returns: borrowed, valid until the message is changed or deleted; its length is
 * pactffi_sync_message_get_request_contents_length(). NULL when the body is missing, empty or null.
 * Failure values: NULL when message is NULL.
 * Since 0.1.1.
 */
const unsigned char *pactffi_sync_message_get_request_contents_bin(const SynchronousMessage *message);

/*
 * Sets the request body from bytes.
 * contents: NULL makes the body the JSON null body; otherwise len bytes are copied
 * (len 0: an empty body). content_type: optional; kept when it parses as a MIME
 * type. The body gets the binary content-type hint.
 * Since 0.3.5.
 */
void pactffi_sync_message_set_request_contents_bin(SynchronousMessage *message, const unsigned char *contents, size_t len, const char *content_type);

/*
 * Returns the request contents part of the message.
 * Returns: borrowed, valid until the message is deleted or mutated.
 * Failure values: NULL when message is NULL.
 * Since 0.1.1.
 */
const MessageContents *pactffi_sync_message_get_request_contents(const SynchronousMessage *message);

/*
 * Returns a copy of the request contents as the consumer would send them.
 * Body and metadata generators are applied (consumer mode, empty context);
 * the stored example is not changed.
 * Returns: release it with pactffi_message_contents_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.4.21.
 */
const MessageContents *pactffi_sync_message_generate_request_contents(const SynchronousMessage *message);

/*
 * Returns how many responses the message has.
 * Failure values: 0 when message is NULL.
 * Since 0.1.1.
 */
size_t pactffi_sync_message_get_number_responses(const SynchronousMessage *message);

/*
 * Returns the body of response index as text: "" for an empty or null body, and "" when the
 * body is not text (binary hint or content type) or not UTF-8.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when index is out of range or the body is missing (last
 * error not set), the body holds a NUL byte, or message is NULL.
 * Since 0.4.0.
 */
const char *pactffi_sync_message_get_response_contents_str(const SynchronousMessage *message, size_t index);

/*
 * Sets the body of response index from a string. An index at or past the end
 * appends empty responses up to it first.
 * contents: NULL makes the body the JSON null body; otherwise it must be UTF-8
 * (else the last error is "error parsing contents: as UTF-8" and nothing changes).
 * content_type: optional; kept when it parses as a MIME type. The body gets the
 * text content-type hint.
 * Since 0.4.0.
 */
void pactffi_sync_message_set_response_contents_str(SynchronousMessage *message, size_t index, const char *contents, const char *content_type);

/*
 * Returns the byte length of the body of response index.
 * Failure values: 0 when there is no body, index is out of range, or message is
 * NULL.
 * Since 0.1.1.
 */
size_t pactffi_sync_message_get_response_contents_length(const SynchronousMessage *message, size_t index);

/*
 * Returns the body bytes of response index.
 * Returns: borrowed, valid until the message is changed or deleted; its length is
 * pactffi_sync_message_get_response_contents_length(). NULL when the body is missing, empty or null.
 * Failure values: NULL when index is out of range or message is NULL.
 * Since 0.1.1.
 */
const unsigned char *pactffi_sync_message_get_response_contents_bin(const SynchronousMessage *message, size_t index);

/*
 * Sets the body of response index from bytes. An index at or past the end
 * appends empty responses up to it first.
 * contents: NULL makes the body the JSON null body; otherwise len bytes are copied
 * (len 0: an empty body). content_type: optional; kept when it parses as a MIME
 * type. The body gets the binary content-type hint.
 * Since 0.3.5.
 */
void pactffi_sync_message_set_response_contents_bin(SynchronousMessage *message, size_t index, const unsigned char *contents, size_t len, const char *content_type);

/*
 * Returns the contents part of response index.
 * Returns: borrowed, valid until the message is deleted or mutated (setting a
 * response past the end may move the responses).
 * Failure values: NULL when index is out of range (last error not set) or
 * message is NULL.
 * Since 0.1.1.
 */
const MessageContents *pactffi_sync_message_get_response_contents(const SynchronousMessage *message, size_t index);

/*
 * Returns a copy of response index as the consumer would receive it.
 * Body and metadata generators are applied (consumer mode, empty context);
 * the stored example is not changed.
 * Returns: release it with pactffi_message_contents_delete().
 * Failure values: NULL when index is out of range or message is NULL.
 * Since 0.4.21.
 */
const MessageContents *pactffi_sync_message_generate_response_contents(const SynchronousMessage *message, size_t index);

/*
 * Returns a copy of the message description.
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.1.1.
 */
const char *pactffi_sync_message_get_description(const SynchronousMessage *message);

/*
 * Sets the message description (required UTF-8 string).
 * Returns: 0 on success.
 * Failure values: 1 when message or description is NULL or description is not
 * UTF-8 (last error set).
 * Since 0.1.1.
 */
int pactffi_sync_message_set_description(SynchronousMessage *message, const char *description);

/*
 * Returns the provider state at index.
 * Returns: borrowed, owned by the message; valid until it is deleted or mutated.
 * Failure values: NULL when message is NULL or index is out of range.
 * Since 0.1.1.
 */
const ProviderState *pactffi_sync_message_get_provider_state(const SynchronousMessage *message, unsigned int index);

/*
 * Iterates a copy of the provider states of the message.
 * Returns: release it with pactffi_provider_state_iter_delete().
 * Failure values: NULL when message is NULL.
 * Since 0.1.1.
 */
ProviderStateIterator *pactffi_sync_message_get_provider_state_iter(SynchronousMessage *message);

/* ======================================================================
 * Expressions: matching-rule definitions
 * (parse_matcher_definition, matcher_definition_*, matching_rule_iter_*,
 *  matching_rule_id/_value/_pointer/_reference_name, validate_datetime)
 * ====================================================================== */

/*
 * Parses a matching-rule definition expression such as
 * "matching(regex, '\\d+', '123')" or "atLeast(1), eachValue(matching(type, 1))".
 *
 * expression: required UTF-8. Text starting with one of the keywords matching,
 * notEmpty, eachKey, eachValue, atLeast, atMost, arrayContains is parsed; ""
 * gives a result holding an error; any other text gives a definition whose
 * value is the text itself (type String, no rules, no generator).
 *
 * Returns: a result, also when the expression is invalid (read the error with
 * pactffi_matcher_definition_error()); release it with
 * pactffi_matcher_definition_delete().
 * Failure values: NULL when expression is NULL ("expression is null") or not
 * UTF-8 ("error parsing expression as UTF-8"); the last error is set.
 * Since 0.1.0.
 */
const MatchingRuleDefinitionResult *pactffi_parse_matcher_definition(const char *expression);

/*
 * Returns the parse error of a definition (the first line is the reference's
 * diagnostic, e.g. "Error: Expected a comma, got 'notEmpty'").
 *
 * Returns: a string to release with pactffi_string_delete(), or NULL when the
 * expression parsed.
 * Failure values: NULL when definition is NULL (last error set).
 * Since 0.1.0.
 */
const char *pactffi_matcher_definition_error(const MatchingRuleDefinitionResult *definition);

/*
 * Returns the example value of a definition as text ("" when the expression
 * has none, e.g. atLeast(1)); pactffi_matcher_definition_value_type() tells
 * its type.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when the expression did not parse, or definition is NULL.
 * Since 0.1.0.
 */
const char *pactffi_matcher_definition_value(const MatchingRuleDefinitionResult *definition);

/* Releases a definition result, with its generator. NULL is a no-op.
 * Since 0.1.0. */
void pactffi_matcher_definition_delete(const MatchingRuleDefinitionResult *definition);

/*
 * Returns the generator of a definition (e.g. DateTime for
 * matching(datetime, ...), ProviderState for fromProviderState(...)).
 *
 * Returns: borrowed, valid until pactffi_matcher_definition_delete().
 * Failure values: NULL when there is no generator, the expression did not
 * parse, or definition is NULL.
 * Since 0.1.0.
 */
const Generator *pactffi_matcher_definition_generator(const MatchingRuleDefinitionResult *definition);

/*
 * Returns the type of the example value: ExpressionValueType_String, _Number,
 * _Integer, _Decimal, _Boolean, or _Unknown (no value, e.g. eachValue(...)).
 *
 * Failure values: ExpressionValueType_Unknown when the expression did not
 * parse, or definition is NULL.
 * Since 0.1.0.
 */
ExpressionValueType pactffi_matcher_definition_value_type(const MatchingRuleDefinitionResult *definition);

/*
 * Iterates a copy of the top-level rules and references of a definition (an
 * inner rule of eachKey/eachValue is only visible in its rule's JSON).
 *
 * Returns: release it with pactffi_matching_rule_iter_delete(); it stays
 * valid after the definition is deleted.
 * Failure values: NULL when the expression did not parse, or definition is NULL.
 * Since 0.1.0.
 */
MatchingRuleIterator *pactffi_matcher_definition_iter(const MatchingRuleDefinitionResult *definition);

/*
 * Returns the next rule or reference.
 *
 * Returns: borrowed, owned by the iterator; valid until
 * pactffi_matching_rule_iter_delete().
 * Failure values: NULL at the end, or when iter is NULL.
 * Since 0.1.0.
 */
const MatchingRuleResult *pactffi_matching_rule_iter_next(MatchingRuleIterator *iter);

/* Releases a rule iterator and the items it returned. NULL is a no-op.
 * Since 0.1.0. */
void pactffi_matching_rule_iter_delete(MatchingRuleIterator *iter);

/*
 * Returns the id of the rule in an item: Equality 1, Regex 2, Type 3,
 * MinType 4, MaxType 5, MinMaxType 6, Timestamp 7, Time 8, Date 9, Include 10,
 * Number 11, Integer 12, Decimal 13, Null 14, ContentType 15,
 * ArrayContains 16, Values 17, Boolean 18, StatusCode 19, NotEmpty 20,
 * Semver 21, EachKey 22, EachValue 23.
 *
 * Failure values: 0 for a reference, or when rule_result is NULL.
 * Since 0.1.0.
 */
uint16_t pactffi_matching_rule_id(const MatchingRuleResult *rule_result);

/*
 * Returns the value associated with the rule of an item: Regex the regex;
 * MinType/MaxType the number; MinMaxType "min:max"; Timestamp/Time/Date the
 * format; Include the text; ContentType the content type.
 *
 * Returns: borrowed, valid until pactffi_matching_rule_iter_delete().
 * Failure values: NULL for other rules, for a reference, or when rule_result
 * is NULL.
 * Since 0.1.0.
 */
const char *pactffi_matching_rule_value(const MatchingRuleResult *rule_result);

/*
 * Returns the rule of an item (pactffi_matching_rule_to_json() gives its
 * pact-file JSON).
 *
 * Returns: borrowed, valid until pactffi_matching_rule_iter_delete().
 * Failure values: NULL for a reference, or when rule_result is NULL.
 * Since 0.1.0.
 */
const MatchingRule *pactffi_matching_rule_pointer(const MatchingRuleResult *rule_result);

/*
 * Returns the attribute name of a reference item (matching($'name')).
 *
 * Returns: borrowed, valid until pactffi_matching_rule_iter_delete().
 * Failure values: NULL for a rule, or when rule_result is NULL.
 * Since 0.1.0.
 */
const char *pactffi_matching_rule_reference_name(const MatchingRuleResult *rule_result);

/*
 * Checks a date/time value against a Java-style format ("yyyy-MM-dd HH:mm").
 *
 * value, format: required UTF-8.
 *
 * Returns: 0 when the value matches the format.
 * Failure values: 1 when it does not, with the last error
 * "Date/Time string '<value>' does not match pattern '<format>'" (or
 * "Date/Time value string is empty" / "Date/Time format string is empty");
 * 2 when an argument is NULL or not UTF-8, or on an internal error (last
 * error set).
 * Since 0.4.0.
 */
int pactffi_validate_datetime(const char *value, const char *format);

/* ======================================================================
 * Matching values
 * (matches_*_value, check_regex)
 * ====================================================================== */

/*
 * Applies one matching rule to an expected/actual pair of strings, as for a
 * header or query value.
 *
 * matching_rule: required (for instance from pactffi_matching_rule_pointer()).
 * expected_value, actual_value: required UTF-8.
 * cascaded: non-zero when the rule was inherited from a parent (rules that do
 * not cascade then pass).
 *
 * Returns: NULL when the value matches; otherwise the mismatch text (e.g.
 * "Expected '123456abcd' to match '\\d+'"), released with
 * pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when an
 * argument is NULL or not UTF-8 (last error set); release it likewise.
 * Since 0.4.16.
 */
const char *pactffi_matches_string_value(const MatchingRule *matching_rule, const char *expected_value,
                                         const char *actual_value, uint8_t cascaded);

/*
 * Applies one matching rule to an expected/actual pair of unsigned integers
 * (a StatusCode rule reads them as HTTP statuses).
 *
 * Returns: NULL when the value matches; otherwise the mismatch text, released
 * with pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when
 * matching_rule is NULL (last error set).
 * Since 0.4.16.
 */
const char *pactffi_matches_u64_value(const MatchingRule *matching_rule, uint64_t expected_value,
                                      uint64_t actual_value, uint8_t cascaded);

/*
 * Applies one matching rule to an expected/actual pair of signed integers.
 *
 * Returns: NULL when the value matches; otherwise the mismatch text, released
 * with pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when
 * matching_rule is NULL (last error set).
 * Since 0.4.16.
 */
const char *pactffi_matches_i64_value(const MatchingRule *matching_rule, int64_t expected_value,
                                      int64_t actual_value, uint8_t cascaded);

/*
 * Applies one matching rule to an expected/actual pair of doubles.
 *
 * Returns: NULL when the value matches; otherwise the mismatch text, released
 * with pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when
 * matching_rule is NULL (last error set).
 * Since 0.4.16.
 */
const char *pactffi_matches_f64_value(const MatchingRule *matching_rule, double expected_value,
                                      double actual_value, uint8_t cascaded);

/*
 * Applies one matching rule to an expected/actual pair of booleans (0 is
 * false, any other value true).
 *
 * Returns: NULL when the value matches; otherwise the mismatch text, released
 * with pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when
 * matching_rule is NULL (last error set).
 * Since 0.4.16.
 */
const char *pactffi_matches_bool_value(const MatchingRule *matching_rule, uint8_t expected_value,
                                       uint8_t actual_value, uint8_t cascaded);

/*
 * Applies one matching rule to an expected/actual pair of byte buffers.
 *
 * expected_value, actual_value: the bytes; NULL with a length of 0 is empty.
 * expected_value_len, actual_value_len: their lengths in bytes.
 *
 * Returns: NULL when the value matches; otherwise the mismatch text, released
 * with pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when
 * matching_rule is NULL or a buffer is NULL with a non-zero length (last
 * error set).
 * Since 0.4.16.
 */
const char *pactffi_matches_binary_value(const MatchingRule *matching_rule, const unsigned char *expected_value,
                                         uintptr_t expected_value_len, const unsigned char *actual_value,
                                         uintptr_t actual_value_len, uint8_t cascaded);

/*
 * Applies one matching rule to an expected/actual pair of JSON documents
 * given as text.
 *
 * expected_value, actual_value: required UTF-8 JSON. Text that is not JSON is
 * reported as the mismatch "Failed to parse expected JSON: ..." / "Failed to
 * parse actual JSON: ...".
 *
 * Returns: NULL when the value matches; otherwise the mismatch text, released
 * with pactffi_string_delete().
 * Failure values: the owned text "INTERNAL ERROR: function panicked" when an
 * argument is NULL or not UTF-8 (last error set).
 * Since 0.4.16.
 */
const char *pactffi_matches_json_value(const MatchingRule *matching_rule, const char *expected_value,
                                       const char *actual_value, uint8_t cascaded);

/*
 * Checks that a regular expression matches the whole of an example.
 *
 * regex: the regular expression (RE2 syntax).
 * example: the text; NULL or not UTF-8 is "".
 *
 * Returns: true when the regex matches the whole example.
 * Failure values: false when it does not, when regex is NULL, not UTF-8 or
 * not a valid regular expression (no last error).
 * Since 0.3.0.
 */
bool pactffi_check_regex(const char *regex, const char *example);

/* ======================================================================
 * Generators
 * (generator_generate_string/_integer, generate_regex_value,
 *  generate_datetime_string)
 * ====================================================================== */

/*
 * Generates a value for a string target with a generator. No test mode
 * applies: ProviderState and MockServerURL generators both run, given their
 * context values.
 *
 * generator: required.
 * context_json: optional JSON object of context values (provider-state
 * values, {"mockServer": {"url": ..., "port": ...}}); NULL or not UTF-8 means
 * none; JSON that is not an object is ignored.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when the generator cannot produce a value; when
 * context_json is not JSON or generator is NULL (last error set).
 * Since 0.4.0.
 */
const char *pactffi_generator_generate_string(const Generator *generator, const char *context_json);

/*
 * Generates a 16-bit integer with a generator, as for a response status:
 * only RandomInt and ProviderState generators produce one.
 *
 * generator: required.
 * context_json: as for pactffi_generator_generate_string().
 *
 * Returns: the value.
 * Failure values: 0 when the generator cannot produce an integer; when
 * context_json is not JSON or generator is NULL (last error set).
 * Since 0.4.0.
 */
unsigned short pactffi_generator_generate_integer(const Generator *generator, const char *context_json);

/*
 * Generates a random string that the regular expression matches. Anchors
 * (^, $, \b ...) are not supported here and fail the call.
 *
 * regex: the regular expression.
 *
 * Returns: StringResult_Ok with the value.
 * Failure values: StringResult_Failed with "generate_regex_value: regex is
 * NULL", "... regex is not a valid UTF-8 string" or
 * "generate_regex_value: '<regex>' is not a valid regular expression - <why>".
 * Both arms own their string: release it with pactffi_string_delete() (the
 * Failed arm is NULL only after an internal error).
 * Since 0.1.3.
 */
StringResult pactffi_generate_regex_value(const char *regex);

/*
 * Formats the current local date and time with a Java-style pattern
 * ("yyyy-MM-dd'T'HH:mm:ss").
 *
 * format: the pattern.
 *
 * Returns: StringResult_Ok with the formatted text.
 * Failure values: StringResult_Failed with "generate_datetime_string: format
 * is NULL", "... format is not a valid UTF-8 string" or
 * "Error parsing '<format>': <why>". Both arms own their string: release it
 * with pactffi_string_delete() (the Failed arm is NULL only after an
 * internal error).
 * Since 0.1.3.
 */
StringResult pactffi_generate_datetime_string(const char *format);

/* ======================================================================
 * Matching: messages and mismatches
 * (match_message, mismatches_get_iter/_delete, mismatches_iter_next/_delete,
 *  mismatch_to_json/_type/_summary/_description/_ansi_description)
 * ====================================================================== */

/*
 * Compares two V3 messages: the contents (content type, then the body under
 * msg_1's body rules, unexpected keys allowed) and the metadata under its
 * metadata rules (matching-rules.md §14).
 *
 * msg_1: the expected message. msg_2: the actual message.
 * Both are CONSUMED: an owned message is freed by this call, whatever the
 * outcome; do not use or delete it afterwards. A message borrowed from a
 * message pact is only read (its pact still owns it).
 *
 * Returns: the mismatches, empty when the messages match. Release with
 * pactffi_mismatches_delete().
 * Failure values: NULL when either argument is NULL (last error
 * "msg_1 is null" / "msg_2 is null").
 * Since 0.0.0.
 */
const Mismatches *pactffi_match_message(const Message *msg_1, const Message *msg_2);

/*
 * Creates an iterator over a mismatches collection.
 *
 * mismatches: required; NULL fails.
 *
 * Returns: an iterator to release with pactffi_mismatches_iter_delete(). It
 * shares the collection's items, so it stays usable after
 * pactffi_mismatches_delete().
 * Failure values: NULL when mismatches is NULL (last error set).
 * Since 0.0.0.
 */
MismatchesIterator *pactffi_mismatches_get_iter(const Mismatches *mismatches);

/*
 * Frees a mismatches collection. NULL is a no-op.
 *
 * Since 0.0.0.
 */
void pactffi_mismatches_delete(const Mismatches *mismatches);

/*
 * The next mismatch of the iterator.
 *
 * iter: required; NULL fails.
 *
 * Returns: a borrowed mismatch, valid while the collection or the iterator
 * that returned it is alive; NULL when no mismatches remain.
 * Failure values: NULL when iter is NULL (last error set).
 * Since 0.0.0.
 */
const Mismatch *pactffi_mismatches_iter_next(MismatchesIterator *iter);

/*
 * Frees a mismatches iterator. NULL is a no-op.
 *
 * Since 0.0.0.
 */
void pactffi_mismatches_iter_delete(MismatchesIterator *iter);

/*
 * The mismatch as JSON text, e.g. {"actual":"2","expected":"1",
 * "mismatch":"...","path":"$.a","type":"BodyMismatch"} (keys sorted).
 *
 * mismatch: required; NULL fails.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when mismatch is NULL (last error set).
 * Since 0.0.0.
 */
const char *pactffi_mismatch_to_json(const Mismatch *mismatch);

/*
 * The kind of the mismatch: "MethodMismatch", "PathMismatch",
 * "StatusMismatch", "QueryMismatch", "HeaderMismatch", "BodyTypeMismatch",
 * "BodyMismatch" or "MetadataMismatch".
 *
 * mismatch: required; NULL fails.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when mismatch is NULL (last error set).
 * Since 0.0.0.
 */
const char *pactffi_mismatch_type(const Mismatch *mismatch);

/*
 * A short summary of what was expected: "is a GET request", "to path '/a'",
 * "has status code 200", "includes parameter 'p' with value 'v'",
 * "includes header 'k' with value 'v'", "has a matching body" or
 * "has matching metadata".
 *
 * mismatch: required; NULL fails.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when mismatch is NULL (last error set).
 * Since 0.0.0.
 */
const char *pactffi_mismatch_summary(const Mismatch *mismatch);

/*
 * The human-readable description of the mismatch (matching-rules.md §15):
 * for a body mismatch "<path> -> <text>", for a body type mismatch
 * "Expected a body of '<e>' but the actual content type was '<a>'", for a
 * method mismatch "expected <e> but was <a>", otherwise the mismatch text.
 *
 * mismatch: required; NULL fails.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when mismatch is NULL (last error set).
 * Since 0.0.0.
 */
const char *pactffi_mismatch_description(const Mismatch *mismatch);

/*
 * The description with ANSI colour codes for terminals: expected values in
 * red, actual values in green, names and paths in bold.
 *
 * mismatch: required; NULL fails.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL when mismatch is NULL (last error set).
 * Since 0.0.0.
 */
const char *pactffi_mismatch_ansi_description(const Mismatch *mismatch);

/* ======================================================================
 * Provider verifier
 * (verifier_new_for_application, set_provider_info, add_*_source,
 * execute, output, json, logs; the legacy pactffi_verify)
 *
 * A VerifierHandle holds a verification's configuration: the provider,
 * its transports, the pact sources, filters, the provider-state endpoint,
 * options and publishing. Setters only store; pactffi_verifier_execute()
 * runs it, and may run it again. Every function accepts a NULL handle
 * without crashing (last error set, failure value returned).
 * ====================================================================== */

/*
 * A new verifier handle. Deprecated: use
 * pactffi_verifier_new_for_application(), which records the calling
 * framework for published results; this one records "pact_ffi" and the
 * library version.
 *
 * Returns: a handle to release with pactffi_verifier_shutdown().
 * Since 0.0.2.
 */
VerifierHandle *pactffi_verifier_new(void);

/*
 * A new verifier handle for the calling framework `name`/`version` (NULL
 * means "unknown"), used in results published to a Pact Broker.
 *
 * Defaults: provider "provider" at http://localhost:8080/, no transports, no
 * sources, no filters, no state-change URL, 5000 ms request timeout, TLS
 * verified, coloured output, no pacts is an error, redirects followed.
 *
 * Returns: a handle to release with pactffi_verifier_shutdown(); a name or
 * version that is not UTF-8 counts as NULL.
 * Since 0.1.4.
 */
VerifierHandle *pactffi_verifier_new_for_application(const char *name, const char *version);

/*
 * Releases the handle and everything it holds. NULL is ignored.
 * Since 0.0.2.
 */
void pactffi_verifier_shutdown(VerifierHandle *handle);

/*
 * Sets the provider's name, scheme, host, port and base path (NULL means
 * "provider", "http", "localhost", "/"; port 0 means the scheme's default)
 * and resets the transport list to that one transport. Call it before
 * pactffi_verifier_add_provider_transport() and before adding broker
 * sources, which capture the provider name.
 * Since 0.0.2.
 */
void pactffi_verifier_set_provider_info(VerifierHandle *handle, const char *name, const char *scheme,
                                        const char *host, unsigned short port, const char *path);

/*
 * Adds a transport: `protocol` names it ("http", "message", "sync-message",
 * ...), `port` (0 kept as 0), `path` (NULL means "/"), `scheme` (NULL or ""
 * means http). Message interactions are POSTed to a "message" transport.
 * Since 0.3.13.
 */
void pactffi_verifier_add_provider_transport(VerifierHandle *handle, const char *protocol, unsigned short port,
                                             const char *path, const char *scheme);

/*
 * Verifies only interactions whose description matches the regex
 * `filter_description`, whose provider states match `filter_state`, and/or
 * (non-zero `filter_no_state`) that have no provider state. NULL or "" means
 * no filter on that attribute.
 * Since 0.1.3.
 */
void pactffi_verifier_set_filter_info(VerifierHandle *handle, const char *filter_description,
                                      const char *filter_state, unsigned char filter_no_state);

/*
 * The provider-state change endpoint: `url` (NULL or "" means none),
 * teardown calls after each interaction when `teardown` is non-zero, the
 * state as a JSON body when `body` is non-zero, else as query parameters.
 * Since 0.0.3.
 */
void pactffi_verifier_set_provider_state(VerifierHandle *handle, const char *url, unsigned char teardown,
                                         unsigned char body);

/*
 * Disables TLS certificate verification (non-zero) and sets the timeout of
 * provider and state-change requests in milliseconds.
 *
 * Returns: 0. Failure values: 1 NULL handle.
 * Since 0.0.3.
 */
int pactffi_verifier_set_verification_options(VerifierHandle *handle, unsigned char disable_ssl_verification,
                                              unsigned long request_timeout);

/*
 * ANSI colours in the output on (non-zero) or off.
 *
 * Returns: 0. Failure values: 1 NULL handle.
 * Since 0.3.6.
 */
int pactffi_verifier_set_coloured_output(VerifierHandle *handle, unsigned char coloured_output);

/*
 * Whether finding no pacts at a broker fails the verification (default on).
 *
 * Returns: 0. Failure values: 1 NULL handle.
 * Since 0.3.10.
 */
int pactffi_verifier_set_no_pacts_is_error(VerifierHandle *handle, unsigned char is_error);

/*
 * Publishes verification results of broker pacts under `provider_version`
 * (required), with optional `build_url`, `provider_tags` (empty strings
 * skipped) and `provider_branch` (NULL or "" means none).
 *
 * Returns: 0. Failure values: 1 NULL handle or NULL provider_version (last
 * error set).
 * Since 0.2.0.
 */
int pactffi_verifier_set_publish_options(VerifierHandle *handle, const char *provider_version,
                                         const char *build_url, const char *const *provider_tags,
                                         unsigned short provider_tags_len, const char *provider_branch);

/*
 * Verifies only pacts whose consumer name is one of `consumer_filters`
 * (exact match); replaces an earlier list.
 * Since 0.0.3.
 */
void pactffi_verifier_set_consumer_filters(VerifierHandle *handle, const char *const *consumer_filters,
                                           unsigned short consumer_filters_len);

/*
 * Adds (or replaces) a header sent with every request to the provider side:
 * provider, message and state-change requests. Never sent to a broker.
 * Since 0.2.3.
 */
void pactffi_verifier_add_custom_header(VerifierHandle *handle, const char *header_name, const char *header_value);

/*
 * Whether redirects from the provider are followed (default on).
 * Since 0.5.3.
 */
void pactffi_verifier_set_follow_redirects(VerifierHandle *handle, unsigned char follow);

/*
 * Adds a pact file to verify.
 * Since 0.0.2.
 */
void pactffi_verifier_add_file_source(VerifierHandle *handle, const char *file);

/*
 * Adds every pact file directly in `directory` whose provider is this
 * provider (sub-directories are ignored; a file that is not a pact fails
 * the verification).
 * Since 0.0.3.
 */
void pactffi_verifier_add_directory_source(VerifierHandle *handle, const char *directory);

/*
 * Adds a pact fetched from `url`, with basic auth when `username` is given,
 * else bearer auth when `token` is given.
 * Since 0.0.3.
 */
void pactffi_verifier_url_source(VerifierHandle *handle, const char *url, const char *username,
                                 const char *password, const char *token);

/*
 * Adds a Pact Broker as the source of this provider's pacts, with no
 * selectors, pending off and no WIP pacts.
 * Since 0.0.3.
 */
void pactffi_verifier_broker_source(VerifierHandle *handle, const char *url, const char *username,
                                    const char *password, const char *token);

/*
 * Adds a Pact Broker source using "pacts for verification": pending pacts
 * when `enable_pending` is non-zero, WIP pacts since the date
 * `include_wip_pacts_since` (YYYY-MM-DD, NULL or "" for none), the
 * provider's tags and branch, and consumer version selectors given as JSON
 * objects (when there are none, each consumer version tag becomes
 * {"tag": t, "latest": true}).
 *
 * Returns: 0. Failure values: -1 a selector is not JSON (no source added);
 * -2 NULL handle or url (last error set).
 * Since 0.0.3.
 */
int pactffi_verifier_broker_source_with_selectors(VerifierHandle *handle, const char *url, const char *username,
                                                  const char *password, const char *token,
                                                  unsigned char enable_pending, const char *include_wip_pacts_since,
                                                  const char *const *provider_tags, unsigned short provider_tags_len,
                                                  const char *provider_branch,
                                                  const char *const *consumer_version_selectors,
                                                  unsigned short consumer_version_selectors_len,
                                                  const char *const *consumer_version_tags,
                                                  unsigned short consumer_version_tags_len);

/*
 * Runs the verification. The output is also printed to stdout.
 *
 * Returns: 0 every verified interaction passed or is pending (also when
 * nothing was verified); 1 a verification failed.
 * Failure values: 1 NULL handle; 2 the verification could not be executed.
 * Thread-safety: one execution per handle at a time.
 * Since 0.0.2.
 */
int pactffi_verifier_execute(VerifierHandle *handle);

/*
 * The log lines of the handle's verification runs since the previous call
 * (drained by each call).
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL for a NULL handle.
 * Since 0.0.3.
 */
const char *pactffi_verifier_logs(const VerifierHandle *handle);

/*
 * The same as pactffi_verifier_logs(), for the provider name of a handle.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL for a NULL name.
 * Since 0.0.3.
 */
const char *pactffi_verifier_logs_for_provider(const char *provider_name);

/*
 * The output of the last run, lines joined with "\n"; "" before the first.
 * Non-zero `strip_ansi` removes ANSI colour codes.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL for a NULL handle.
 * Since 0.2.0.
 */
const char *pactffi_verifier_output(const VerifierHandle *handle, unsigned char strip_ansi);

/*
 * The JSON report of the last run: result, output, errors, pendingErrors,
 * interactionResults and notices.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Failure values: NULL for a NULL handle.
 * Since 0.2.0.
 */
const char *pactffi_verifier_json(const VerifierHandle *handle);

/*
 * Legacy: runs the pact-verifier command line. `args` holds one argument
 * per line, without the program name.
 *
 * Returns: 0 verified; 1 verification failed.
 * Failure values: 2 NULL args or the verification could not run; 3 a
 * malformed --header; 4 invalid arguments (last error set).
 * Since 0.0.0 (removed from the reference in 0.5.2; kept for old clients).
 */
int pactffi_verify(const char *args);

/*
 * Legacy: the arguments of the pact-verifier command line as JSON:
 * {"options": [Argument...], "flags": [Argument...]} with Argument =
 * {"long", "short", "help", "possible_values", "default_value",
 * "multiple", "env"}.
 *
 * Returns: a string to release with pactffi_string_delete().
 * Since 0.0.0 (removed from the reference in 0.5.2; kept for old clients).
 */
const char *pactffi_verifier_cli_args(void);

#ifdef __cplusplus
}  /* extern "C" */
#endif

#endif /* PACT_FFI_H */
