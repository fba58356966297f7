"""Helpers for running factcheck inside data-processing engines (optional extras)."""
