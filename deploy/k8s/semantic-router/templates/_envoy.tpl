{{/*
Envoy's config: the reference envoy/envoy.yaml, with the listener, clusters and timeouts from values.
Besides the API listener there is a small stats listener that exposes only the admin interface's
/ready and /stats/prometheus, so the admin interface itself stays on loopback.
*/}}
{{- define "semantic-router.envoyConfig" -}}
{{- $e := .Values.envoy -}}
{{- $clusterHeader := (.Values.config.routing | default dict).cluster_header | default "x-vsr-destination-cluster" -}}
{{- $defaultCluster := (get .Values.models .Values.config.default_model).cluster -}}
admin:
  address:
    socket_address: {address: 127.0.0.1, port_value: {{ int $e.adminPort }}}

static_resources:
  listeners:
    - name: llm_listener
      address:
        socket_address: {address: 0.0.0.0, port_value: {{ int $e.listenerPort }}}
      # Bodies up to 8 MiB reach the router, which answers oversize ones with an OpenAI-style 413.
      per_connection_buffer_limit_bytes: 8388608
      filter_chains:
        - filters:
            - name: envoy.filters.network.http_connection_manager
              typed_config:
                "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                stat_prefix: llm
                codec_type: AUTO
                # Chat completions can take minutes; streaming responses must not be cut.
                stream_idle_timeout: {{ $e.streamIdleTimeout }}
                request_timeout: 0s
                # Pass the client's W3C trace context through; the router reads it from the headers.
                request_id_extension:
                  typed_config:
                    "@type": type.googleapis.com/envoy.extensions.request_id.uuid.v3.UuidRequestIdConfig
                {{- if $e.accessLog.enabled }}
                access_log:
                  - name: envoy.access_loggers.stdout
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog
                      log_format:
                        json_format:
                          start_time: "%START_TIME%"
                          request_id: "%REQ(X-REQUEST-ID)%"
                          method: "%REQ(:METHOD)%"
                          path: "%REQ(X-ENVOY-ORIGINAL-PATH?:PATH)%"
                          status: "%RESPONSE_CODE%"
                          response_flags: "%RESPONSE_FLAGS%"
                          duration_ms: "%DURATION%"
                          bytes_received: "%BYTES_RECEIVED%"
                          bytes_sent: "%BYTES_SENT%"
                          upstream_cluster: "%UPSTREAM_CLUSTER%"
                          selected_model: "%RESP(X-VSR-SELECTED-MODEL)%"
                          selected_category: "%RESP(X-VSR-SELECTED-CATEGORY)%"
                          response_path: "%RESP(X-VSR-RESPONSE-PATH)%"
                {{- end }}
                route_config:
                  name: llm_routes
                  virtual_hosts:
                    - name: llm
                      domains: ["*"]
                      routes:
                        {{- with $e.extraRoutes }}
                        {{- toYaml . | nindent 24 }}
                        {{- end }}
                        # The router names the cluster of the chosen model in this header.
                        - match:
                            prefix: /
                            headers:
                              - name: {{ $clusterHeader }}
                                present_match: true
                          route:
                            cluster_header: {{ $clusterHeader }}
                            timeout: {{ $e.routeTimeout }}
                        # No routing header: the router was skipped (failure_mode_allow, a pass-through
                        # path, or an explicit model with no config entry). Send it to the default model.
                        - match: {prefix: /}
                          route:
                            cluster: {{ $defaultCluster }}
                            timeout: {{ $e.routeTimeout }}
                http_filters:
                  - name: envoy.filters.http.ext_proc
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor
                      grpc_service:
                        envoy_grpc: {cluster_name: semantic_router}
                        timeout: {{ $e.extProc.grpcTimeout }}
                      # true: if the router is down or times out, requests still flow (fail open) and
                      # take the default route above; availability over routing quality.
                      failure_mode_allow: {{ $e.extProc.failureModeAllow }}
                      message_timeout: {{ $e.extProc.messageTimeout }}
                      max_message_timeout: {{ $e.extProc.maxMessageTimeout }}
                      # The router switches SSE responses to STREAMED (and skips bodies it doesn't need).
                      allow_mode_override: true
                      processing_mode:
                        request_header_mode: SEND
                        response_header_mode: SEND
                        request_body_mode: BUFFERED
                        response_body_mode: BUFFERED
                        request_trailer_mode: SKIP
                        response_trailer_mode: SKIP
                      mutation_rules:
                        allow_all_routing: true
                  - name: envoy.filters.http.router
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router

    # Probes and Prometheus reach the admin interface only through these two read-only paths.
    - name: stats_listener
      address:
        socket_address: {address: 0.0.0.0, port_value: {{ int $e.statsPort }}}
      filter_chains:
        - filters:
            - name: envoy.filters.network.http_connection_manager
              typed_config:
                "@type": type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager
                stat_prefix: stats_listener
                codec_type: AUTO
                route_config:
                  name: stats_routes
                  virtual_hosts:
                    - name: stats
                      domains: ["*"]
                      routes:
                        {{- range $path := list "/ready" "/stats/prometheus" }}
                        - match:
                            path: {{ $path }}
                            headers:
                              - name: ":method"
                                string_match: {exact: GET}
                          route: {cluster: envoy_admin}
                        {{- end }}
                        - match: {prefix: /}
                          direct_response: {status: 404}
                http_filters:
                  - name: envoy.filters.http.router
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router

  clusters:
    - name: semantic_router
      type: STATIC
      connect_timeout: 1s
      # ext_proc is gRPC: without HTTP/2 every request fails with 500.
      typed_extension_protocol_options:
        envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
          "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
          # Several short-lived connections, so router worker processes (SO_REUSEPORT) all get streams.
          common_http_protocol_options:
            max_requests_per_connection: 50
          explicit_http_config:
            http2_protocol_options:
              max_concurrent_streams: 4
      load_assignment:
        cluster_name: semantic_router
        endpoints:
          - lb_endpoints:
              - endpoint:
                  address:
                    socket_address: {address: 127.0.0.1, port_value: {{ int .Values.router.grpcPort }}}
    - name: envoy_admin
      type: STATIC
      connect_timeout: 1s
      load_assignment:
        cluster_name: envoy_admin
        endpoints:
          - lb_endpoints:
              - endpoint:
                  address:
                    socket_address: {address: 127.0.0.1, port_value: {{ int $e.adminPort }}}

    # One cluster per model, named in config.yaml under model_config.<model>.cluster.
    {{- range $name, $m := .Values.models }}
    {{- $c := include "semantic-router.modelCluster" $m | fromYaml }}
    {{- $c = mustMergeOverwrite $c ($m.upstream.cluster | default dict) }}
    {{- list $c | toYaml | nindent 4 }}
    {{- end }}
    {{- with $e.extraClusters }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end }}

{{/* One model's upstream cluster (before `upstream.cluster` overrides are merged in). */}}
{{- define "semantic-router.modelCluster" -}}
{{- $u := .upstream -}}
name: {{ .cluster }}
type: STRICT_DNS
connect_timeout: {{ $u.connectTimeout | default "2s" }}
load_assignment:
  cluster_name: {{ .cluster }}
  endpoints:
    - lb_endpoints:
        - endpoint:
            address:
              socket_address: {address: {{ $u.address | quote }}, port_value: {{ int $u.port }}}
{{- if $u.http2 }}
typed_extension_protocol_options:
  envoy.extensions.upstreams.http.v3.HttpProtocolOptions:
    "@type": type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions
    explicit_http_config:
      http2_protocol_options: {}
{{- end }}
{{- if and $u.tls $u.tls.enabled }}
transport_socket:
  name: envoy.transport_sockets.tls
  typed_config:
    "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext
    sni: {{ $u.tls.sni | default $u.address | quote }}
    common_tls_context:
      validation_context:
        trusted_ca: {filename: {{ $u.tls.caFile | default "/etc/ssl/certs/ca-certificates.crt" | quote }}}
        # A trusted chain is not enough: the certificate must also name the server.
        match_typed_subject_alt_names:
          - san_type: DNS
            matcher: {exact: {{ $u.tls.sni | default $u.address | quote }}}
{{- end }}
{{- end }}
