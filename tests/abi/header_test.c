/* C-only contracts of pact.h: it compiles as C99, the handle types have
 * the reference's sizes, and NULL arguments give the documented failure
 * values rather than a crash. Prints a closing line for the test runner. */
#include "pact.h"

#include <stdio.h>
#include <string.h>

static int failures = 0;
static int passes = 0;

static void check(int condition, const char *what) {
  if (condition) {
    ++passes;
  } else {
    ++failures;
    fprintf(stderr, "FAILED: %s\n", what);
  }
}

int main(void) {
  char buffer[256];
  PactHandle pact;
  InteractionHandle interaction;

  check(sizeof(PactHandle) == 2, "PactHandle is 2 bytes");
  check(sizeof(InteractionHandle) == 4, "InteractionHandle is 4 bytes");
  check(sizeof(StringResult) == 16, "StringResult is 16 bytes");
  check(strcmp(pactffi_version(), "0.5.12") == 0, "version is 0.5.12");

  check(pactffi_get_error_message(NULL, 0) == -1, "get_error_message(NULL) is -1");
  pact = pactffi_new_pact(NULL, NULL);
  check(pactffi_create_mock_server_for_transport(pact, NULL, 0, NULL, NULL) == -4, "NULL addr is -4");
  check(pactffi_get_error_message(buffer, 1) == -2, "too small buffer is -2");
  check(pactffi_get_error_message(buffer, sizeof buffer) == 1, "message was consumed by the -2 read");

  interaction = pactffi_new_interaction(pact, NULL);
  check((interaction & 0xFFFFu) == 0, "NULL description gives an invalid interaction");
  check(!pactffi_with_request(interaction, "GET", "/"), "invalid interaction is refused");
  check(pactffi_free_pact_handle(pact) == 0, "free is 0");
  check(pactffi_free_pact_handle(pact) == 1, "second free is 1");

  pactffi_string_delete(NULL);
  pactffi_free_string(NULL);
  check(pactffi_mock_server_mismatches(1) == NULL, "unknown port has no mismatches");
  check(!pactffi_cleanup_mock_server(1), "unknown port cannot be cleaned up");

  printf("%d passed, %d failed\n", passes, failures);
  return failures == 0 ? 0 : 1;
}
