{{/* Names and labels. */}}
{{- define "semantic-router.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "semantic-router.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "semantic-router.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "semantic-router.selectorLabels" -}}
app.kubernetes.io/name: {{ include "semantic-router.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "semantic-router.labels" -}}
helm.sh/chart: {{ include "semantic-router.chart" . }}
{{ include "semantic-router.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/component: router
{{- end }}

{{- define "semantic-router.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "semantic-router.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "semantic-router.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "semantic-router.envoyImage" -}}
{{- if .Values.envoy.useRouterImage }}
{{- include "semantic-router.image" . }}
{{- else }}
{{- printf "%s:%s" .Values.envoy.image.repository .Values.envoy.image.tag }}
{{- end }}
{{- end }}

{{- define "semantic-router.envoyImagePullPolicy" -}}
{{- if .Values.envoy.useRouterImage }}{{ .Values.image.pullPolicy }}{{ else }}{{ .Values.envoy.image.pullPolicy }}{{ end }}
{{- end }}

{{/* Where config.yaml lives inside the router container. */}}
{{- define "semantic-router.configDir" -}}/etc/semantic-router{{- end }}
{{- define "semantic-router.milvusCaDir" -}}/etc/semantic-router-tls/milvus{{- end }}

{{/* The Secret holding Milvus credentials: an existing one, or the one this chart creates. */}}
{{- define "semantic-router.milvusSecretName" -}}
{{- default (printf "%s-milvus" (include "semantic-router.fullname" .)) .Values.milvus.auth.existingSecret }}
{{- end }}

{{/* True (non-empty) when more than one replica can run: a PDB is useful then. */}}
{{- define "semantic-router.multiReplica" -}}
{{- if .Values.autoscaling.enabled }}
{{- if gt (int .Values.autoscaling.maxReplicas) 1 }}true{{ end }}
{{- else if gt (int .Values.replicaCount) 1 }}true{{ end }}
{{- end }}

{{/*
Fail on values the chart cannot render correctly, with a message that names the value.
*/}}
{{- define "semantic-router.validate" -}}
{{- $cfg := .Values.config | default dict }}
{{- if hasKey $cfg "model_config" }}
{{- fail "config.model_config is set from `models`; define models there (with their upstream)" }}
{{- end }}
{{- $server := $cfg.server | default dict }}
{{- range $k := list "host" "grpc_port" }}
{{- if hasKey $server $k }}
{{- fail (printf "config.server.%s is set by the chart (router.grpcPort); remove it from config" $k) }}
{{- end }}
{{- end }}
{{- $obs := $cfg.observability | default dict }}
{{- range $k := list "metrics_host" "metrics_port" }}
{{- if hasKey $obs $k }}
{{- fail (printf "config.observability.%s is set by the chart (router.metricsPort); remove it from config" $k) }}
{{- end }}
{{- end }}
{{- $cls := $cfg.classifier | default dict }}
{{- if hasKey $cls "models_dir" }}
{{- fail "config.classifier.models_dir is set by the chart (modelArtifacts.mountPath); remove it from config" }}
{{- end }}
{{- if hasKey $cls "use_cpu" }}
{{- fail "config.classifier.use_cpu is set by the chart (gpu.enabled); remove it from config" }}
{{- end }}
{{- $cache := $cfg.semantic_cache | default dict }}
{{- $mv := $cache.milvus | default dict }}
{{- range $k := list "uri" "collection" "user" "password" "token" "secure" "server_pem_path" }}
{{- if hasKey $mv $k }}
{{- fail (printf "config.semantic_cache.milvus.%s is set by the chart (the `milvus` values); remove it from config" $k) }}
{{- end }}
{{- end }}
{{- if not .Values.models }}
{{- fail "models: define at least one model" }}
{{- end }}
{{- $clusters := dict }}
{{- range $name, $m := .Values.models }}
{{- if not $m.cluster }}
{{- fail (printf "models.%s.cluster: name the Envoy cluster that serves this model" $name) }}
{{- end }}
{{- if hasKey $clusters $m.cluster }}
{{- fail (printf "models.%s.cluster %q is already used by models.%s" $name $m.cluster (get $clusters $m.cluster)) }}
{{- end }}
{{- $_ := set $clusters $m.cluster $name }}
{{- if or (not $m.upstream) (not $m.upstream.address) (not $m.upstream.port) }}
{{- fail (printf "models.%s.upstream: set address and port of the server that runs this model" $name) }}
{{- end }}
{{- if eq $m.cluster "semantic_router" "envoy_admin" }}
{{- fail (printf "models.%s.cluster %q is reserved by the chart" $name $m.cluster) }}
{{- end }}
{{- end }}
{{- if not (hasKey .Values.models (required "config.default_model is required" $cfg.default_model)) }}
{{- fail (printf "config.default_model %q is not one of `models`" $cfg.default_model) }}
{{- end }}
{{- $src := .Values.modelArtifacts.source }}
{{- if not (has $src (list "image" "initContainer" "pvc")) }}
{{- fail (printf "modelArtifacts.source %q: use image, initContainer or pvc" $src) }}
{{- end }}
{{- if and (eq $src "initContainer") (not .Values.modelArtifacts.initContainer.image.repository) }}
{{- fail "modelArtifacts.initContainer.image.repository is required when modelArtifacts.source is initContainer" }}
{{- end }}
{{- if and (eq $src "pvc") (not .Values.modelArtifacts.pvc.claimName) }}
{{- fail "modelArtifacts.pvc.claimName is required when modelArtifacts.source is pvc" }}
{{- end }}
{{- $mode := .Values.milvus.auth.mode }}
{{- if not (has $mode (list "none" "userPassword" "token")) }}
{{- fail (printf "milvus.auth.mode %q: use none, userPassword or token" $mode) }}
{{- end }}
{{- if and (ne $mode "none") (not .Values.milvus.auth.existingSecret) }}
{{- if and (eq $mode "userPassword") (or (not .Values.milvus.auth.user) (not .Values.milvus.auth.password)) }}
{{- fail "milvus.auth: set existingSecret, or user and password for the chart to create a Secret" }}
{{- end }}
{{- if and (eq $mode "token") (not .Values.milvus.auth.token) }}
{{- fail "milvus.auth: set existingSecret, or token for the chart to create a Secret" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The router's config.yaml: `config` plus the keys the chart owns. Credentials are never written here:
they are `${VAR}` references to environment variables filled from a Secret.
*/}}
{{- define "semantic-router.routerConfig" -}}
{{- $cfg := deepCopy (.Values.config | default dict) }}
{{- $models := dict }}
{{- range $name, $m := .Values.models }}
{{- $_ := set $models $name (omit $m "upstream") }}
{{- end }}
{{- $_ := set $cfg "model_config" $models }}
{{- $server := $cfg.server | default dict }}
{{- /* 0.0.0.0: kubelet's gRPC probes dial the pod IP; Envoy still dials loopback. */}}
{{- $_ := set $server "host" "0.0.0.0" }}
{{- $_ := set $server "grpc_port" (int .Values.router.grpcPort) }}
{{- $_ := set $cfg "server" $server }}
{{- $obs := $cfg.observability | default dict }}
{{- $_ := set $obs "metrics_host" "0.0.0.0" }}
{{- $_ := set $obs "metrics_port" (int .Values.router.metricsPort) }}
{{- $_ := set $cfg "observability" $obs }}
{{- $cls := $cfg.classifier | default dict }}
{{- $_ := set $cls "models_dir" .Values.modelArtifacts.mountPath }}
{{- $_ := set $cls "use_cpu" (not .Values.gpu.enabled) }}
{{- $_ := set $cfg "classifier" $cls }}
{{- $cache := $cfg.semantic_cache | default dict }}
{{- $mv := $cache.milvus | default dict }}
{{- $_ := set $mv "uri" .Values.milvus.uri }}
{{- $_ := set $mv "collection" .Values.milvus.collection }}
{{- $_ := set $mv "secure" (or .Values.milvus.tls.enabled (hasPrefix "https://" .Values.milvus.uri)) }}
{{- if .Values.milvus.tls.caSecret }}
{{- $_ := set $mv "server_pem_path" (printf "%s/%s" (include "semantic-router.milvusCaDir" .) .Values.milvus.tls.caKey) }}
{{- end }}
{{- if eq .Values.milvus.auth.mode "userPassword" }}
{{- $_ := set $mv "user" "${MILVUS_USER}" }}
{{- $_ := set $mv "password" "${MILVUS_PASSWORD}" }}
{{- else if eq .Values.milvus.auth.mode "token" }}
{{- $_ := set $mv "token" "${MILVUS_TOKEN}" }}
{{- end }}
{{- $_ := set $cache "milvus" $mv }}
{{- $_ := set $cfg "semantic_cache" $cache }}
{{- toYaml $cfg }}
{{- end }}
