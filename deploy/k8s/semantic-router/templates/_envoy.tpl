{{/*
Envoy's config: what `extproc envoy-config` generates (envoy/envoy.yaml, envoy/envoy-fail-open.yaml), with
the listener, clusters, timeouts and profile from values; tests/k8s/test_helm_chart.py checks it against
the generator and runs `extproc envoy-config --check` on it. Besides the API listener there is a small
stats listener that exposes only the admin interface's /ready and /stats/prometheus, so the admin
interface itself stays on loopback.
*/}}
{{- define "semantic-router.envoyConfig" -}}
{{- $e := .Values.envoy -}}
{{- $clusterHeader := (.Values.config.routing | default dict).cluster_header | default "x-vsr-destination-cluster" -}}
{{- $defaultCluster := (get .Values.models .Values.config.default_model).cluster -}}
{{- $tenantHeader := (.Values.config.routing | default dict).tenant_header | default "" | lower -}}
{{- if hasPrefix "x-vsr-" $tenantHeader }}
{{- fail (printf "config.routing.tenant_header %q: Envoy strips client-sent x-vsr-* headers (except x-vsr-cache-control) before the router; use another name" $tenantHeader) }}
{{- end }}
{{- $unknownUrl := "Invalid URL; this gateway serves POST /v1/chat/completions, GET /v1/models, POST /v1/cache/bad-hit" -}}
{{- $guarded := eq $e.profile "guarded" -}}
{{- $endpointMode := (.Values.config.routing | default dict).endpoint_mode | default false -}}
{{- $endpointCluster := (.Values.config.routing | default dict).endpoint_cluster | default "original_destination" -}}
{{- $jwt := $e.jwt | default dict -}}
{{- if $jwt.enabled }}
{{- if not $tenantHeader }}
{{- fail "envoy.jwt.enabled needs config.routing.tenant_header: the header jwt_authn writes the verified claim into, and the one the router reads" }}
{{- end }}
{{- if or (not $jwt.issuer) (not $jwt.jwks) }}
{{- fail "envoy.jwt.enabled needs envoy.jwt.issuer and envoy.jwt.jwks (the JWKS JSON)" }}
{{- end }}
{{- end -}}
{{- $replies := list (list "response.code == 413" "The request body is larger than the gateway accepts." "invalid_request_error" "request_too_large") (list "response.code == 503" "The service is temporarily unavailable; retry later." "server_error" "service_unavailable") (list "response.code == 504" "The request timed out at the gateway." "server_error" "gateway_timeout") (list "response.code == 404" $unknownUrl "invalid_request_error" "unknown_url") (list "response.code >= 400" "%LOCAL_REPLY_BODY%" "gateway_error" "%RESPONSE_CODE%") -}}
{{- if $jwt.enabled }}
{{- $replies = concat (list (list "response.code == 401" "The bearer token is invalid, expired or missing." "invalid_request_error" "invalid_api_key") (list "response.code == 403" "The bearer token is not valid for this service." "invalid_request_error" "token_not_allowed")) $replies -}}
{{- end -}}
{{- $cb := $e.extProc.circuitBreakers -}}
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
                # Chat completions can take minutes; streaming responses must not be cut.
                stream_idle_timeout: {{ $e.streamIdleTimeout }}
                request_timeout: 0s
                # Path spellings an upstream would serve as chat reach the router as /v1/chat/completions:
                # RFC 3986 normalisation (dot segments, %-decoding of unreserved characters), merged
                # slashes, and %2F/%5C unescaped with a redirect to the normalised path.
                normalize_path: true
                merge_slashes: true
                path_with_escaped_slashes_action: UNESCAPE_AND_REDIRECT
                # Client-sent routing headers are removed when the request is decoded, before routing and
                # before ext_proc, so a client can never pick its cluster (not even with the router down).
                # The regexes together match every x-vsr-* name except x-vsr-cache-control (RE2 has no
                # lookahead, and Envoy caps each regex's program size).
                early_header_mutation_extensions:
                  - name: envoy.http.early_header_mutation.header_mutation
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.http.early_header_mutation.header_mutation.v3.HeaderMutation
                      mutations:
                        {{- if not (hasPrefix "x-vsr-" (lower $clusterHeader)) }}
                        - remove: {{ lower $clusterHeader }}
                        {{- end }}
                        - remove: x-selected-model
                        - remove: x-gateway-destination-endpoint
                        {{- if $jwt.enabled }}
                        # Only jwt_authn (an HTTP filter, so later) may set the tenant header.
                        - remove: {{ $tenantHeader }}
                        {{- end }}
                        - remove_on_match:
                            key_matcher:
                              safe_regex:
                                regex: 'x-vsr-(?:|[^c].*|c|c[^a].*|ca|ca[^c].*|cac|cac[^h].*|cach|cach[^e].*|cache|cache[^\-].*|cache-|cache-[^c].*|cache-c|cache-c[^o].*)'
                        - remove_on_match:
                            key_matcher:
                              safe_regex:
                                regex: 'x-vsr-(?:cache-co|cache-co[^n].*|cache-con|cache-con[^t].*|cache-cont|cache-cont[^r].*|cache-contr|cache-contr[^o].*|cache-contro)'
                        - remove_on_match:
                            key_matcher:
                              safe_regex:
                                regex: 'x-vsr-(?:cache-contro[^l].*|cache-control.+)'
                # Envoy's own replies (body over the buffer, upstream or router unavailable, timeouts) as
                # OpenAI error JSON; the router's own replies (details semantic_router_*) stay as they are.
                local_reply_config:
                  mappers:
                    {{- range $m := $replies }}
                    - filter:
                        extension_filter:
                          name: envoy.access_loggers.extension_filters.cel
                          typed_config:
                            "@type": type.googleapis.com/envoy.extensions.access_loggers.filters.cel.v3.ExpressionFilter
                            expression: "{{ index $m 0 }} && !response.code_details.startsWith('semantic_router_')"
                      body_format_override:
                        json_format:
                          error:
                            message: {{ index $m 1 | quote }}
                            type: {{ index $m 2 }}
                            code: {{ index $m 3 | quote }}
                        content_type: application/json
                    {{- end }}
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
                      # Tells the router which cluster answered: answers are cached only under the model
                      # that produced them (the router removes the header before the client sees it).
                      response_headers_to_add:
                        - header: {key: x-vsr-upstream-cluster, value: "%UPSTREAM_CLUSTER%"}
                          append_action: OVERWRITE_IF_EXISTS_OR_ADD
                      routes:
                        {{- with $e.extraRoutes }}
                        {{- toYaml . | nindent 24 }}
                        {{- end }}
                        {{- if $endpointMode }}
                        # routing.endpoint_mode: the router names the chosen model's address; Envoy connects to it.
                        - match:
                            prefix: /
                            headers:
                              - name: x-gateway-destination-endpoint
                                present_match: true
                          route:
                            cluster: {{ $endpointCluster }}
                            timeout: {{ $e.routeTimeout }}
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
                        # No routing header: the router was skipped (failure_mode_allow) or the path is one of
                        # config.routing.passthrough_paths. Only these exact paths reach the default model.
                        {{- range $path := concat (list "/v1/chat/completions" "/v1/models") ((.Values.config.routing | default dict).passthrough_paths | default list) }}
                        - match: {path: {{ $path | quote }}}
                          route:
                            cluster: {{ $defaultCluster }}
                            timeout: {{ $e.routeTimeout }}
                        {{- end }}
                        # Every other path could reach a generation endpoint the guards never see (/v1/completions,
                        # /v1/responses, ...): refused here as well as by the router, so it holds with the router down.
                        - match: {prefix: /}
                          direct_response:
                            status: 404
                            body: {inline_string: {{ $unknownUrl | quote }}}
                http_filters:
                  {{- if $jwt.enabled }}
                  - name: envoy.filters.http.jwt_authn
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication
                      providers:
                        tenant_jwt:
                          issuer: {{ $jwt.issuer | quote }}
                          {{- with $jwt.audiences }}
                          audiences: {{ toJson . }}
                          {{- end }}
                          local_jwks:
                            inline_string: {{ $jwt.jwks | quote }}
                          from_headers:
                            - name: {{ lower $jwt.fromHeader }}
                              value_prefix: {{ if eq (lower $jwt.fromHeader) "authorization" }}"Bearer "{{ else }}""{{ end }}
                          claim_to_headers:
                            - header_name: {{ $tenantHeader }}
                              claim_name: {{ $jwt.tenantClaim }}
                      rules:
                        - match: {prefix: /}
                          requires:
                            {{- if $jwt.require }}
                            provider_name: tenant_jwt
                            {{- else }}
                            requires_any:
                              requirements:
                                - provider_name: tenant_jwt
                                - allow_missing: {}
                            {{- end }}
                  {{- end }}
                  - name: envoy.filters.http.ext_proc
                    typed_config:
                      "@type": type.googleapis.com/envoy.extensions.filters.http.ext_proc.v3.ExternalProcessor
                      grpc_service:
                        envoy_grpc: {cluster_name: semantic_router}
                        timeout: {{ $e.extProc.grpcTimeout }}
                      # envoy.profile: fail-open (router down, too slow or overloaded: the request goes on
                      # unprocessed to the default route) or guarded (it is refused with an OpenAI 503).
                      failure_mode_allow: {{ not $guarded }}
                      {{- if $guarded }}
                      status_on_error: {code: ServiceUnavailable}
                      {{- end }}
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
      # Each in-flight client request holds one ext_proc stream until its response has passed, so
      # max_requests is how many concurrent requests one Envoy hands to the router; past it the profile
      # decides (fail-open: unprocessed to the default route; guarded: 503). 4 streams per connection.
      circuit_breakers:
        thresholds:
          - max_connections: {{ int $cb.maxConnections }}
            max_pending_requests: {{ int $cb.maxPendingRequests }}
            max_requests: {{ int $cb.maxRequests }}
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
    {{- if $endpointMode }}
    # routing.endpoint_mode: connects to the address in x-gateway-destination-endpoint (set only by the
    # router: client-sent values are stripped early).
    - name: {{ $endpointCluster }}
      type: ORIGINAL_DST
      lb_policy: CLUSTER_PROVIDED
      connect_timeout: 2s
      original_dst_lb_config:
        use_http_header: true
        http_header_name: x-gateway-destination-endpoint
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
