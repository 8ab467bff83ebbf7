"""`extproc envoy-config`: the Envoy bootstrap for a router config, built and checked with typed messages.

`build` turns a `RouterConfig` plus deployment options (profile, addresses, limits) into an Envoy
bootstrap made of `envoy-data-plane` messages and serialises it to the dict Envoy reads as YAML.
`check` parses an `envoy.yaml` into the same typed messages and reports drift from what the router
needs. Neither is on the request path: `envoy-data-plane` (betterproto) is imported only here.
"""

from extproc.envoyconf.options import (
    CircuitBreakerLimits,
    EnvoyOptions,
    HostPort,
    JwtOptions,
    Profile,
    routing_headers_to_strip,
)

__all__ = [
    "CircuitBreakerLimits",
    "EnvoyOptions",
    "HostPort",
    "JwtOptions",
    "Profile",
    "routing_headers_to_strip",
]
