"""semantic-router: an Envoy ext_proc service that classifies, routes and caches OpenAI chat requests."""
