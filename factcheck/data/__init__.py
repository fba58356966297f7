"""Loading and validating the project's YAML/CSV data files with located errors."""

from .yamlfile import LocatedYaml, load_yaml, validate

__all__ = ["LocatedYaml", "load_yaml", "validate"]
