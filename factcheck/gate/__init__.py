"""Stage 7b: fingerprints, baselines and the CI gate."""
