"""Router configuration: schema and loading."""

from extproc.config.loader import ConfigError, load_config, parse_config
from extproc.config.schema import RouterConfig

__all__ = ["ConfigError", "RouterConfig", "load_config", "parse_config"]
