"""Step definitions for the Pact compatibility suite, shared by the feature modules."""
