"""Parse YAML with libyaml's C loader when PyYAML has it (several times faster at
start-up), the pure-Python safe loader otherwise. Both are safe loaders."""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["YAMLError", "parse_yaml"]

YAMLError = yaml.YAMLError
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)
