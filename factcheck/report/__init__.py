"""Stage 7a: render reports for people (text) and tools (JSON)."""
