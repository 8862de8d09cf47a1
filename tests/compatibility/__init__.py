"""Pact compatibility suite (consumer side) run through pact_ffi with pytest-bdd.

A package so that its conftest is imported as ``compatibility.conftest`` and
does not shadow python/tests' top-level ``conftest`` module.
"""
