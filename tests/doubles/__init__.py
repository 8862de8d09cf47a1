"""Test doubles shared by the Python suites (python/tests, tests/compatibility, tests/conformance).

Plain modules without a pytest dependency. ``http_double`` is the generic
recording HTTP server the broker and provider doubles build on.
"""
