"""`extproc serve | validate-config | classify | envoy-config`."""

from __future__ import annotations

import argparse
import asyncio
import sys

from extproc.config import ConfigError, load_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="extproc", description="semantic-router ext_proc service")
    sub = parser.add_subparsers(dest="command", required=True)
    p_serve = sub.add_parser("serve", help="run the ext_proc gRPC server")
    p_serve.add_argument("--config", default="config/config.yaml")
    p_val = sub.add_parser("validate-config", help="check a config file and exit")
    p_val.add_argument("config", nargs="?", default="config/config.yaml")
    p_cls = sub.add_parser("classify", help="print what the classifiers say about a prompt")
    p_cls.add_argument("text")
    p_cls.add_argument("--config", default="config/config.yaml")
    p_cls.add_argument(
        "--remote", metavar="HOST:PORT", help="ask a running router (extproc.v1.Classifier) instead"
    )
    from extproc.envoyconf.cli import add_parser as add_envoy_config

    add_envoy_config(sub)
    args = parser.parse_args(argv)

    if args.command == "validate-config":
        try:
            cfg = load_config(args.config)
        except ConfigError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(f"{args.config}: OK ({len(cfg.models)} models, {len(cfg.categories)} categories)")
        return 0
    if args.command == "envoy-config":
        from extproc.envoyconf.cli import run as run_envoy_config

        return run_envoy_config(args, sys.argv[1:] if argv is None else argv)
    if args.command == "classify":
        from extproc.classify.cli import run_classify_cli

        return run_classify_cli(args.text, args.config, remote=args.remote)

    from extproc.app import StartupError
    from extproc.server import serve, serve_workers

    try:
        cfg = load_config(args.config)
        if cfg.server.workers > 1:
            obs = cfg.observability
            metrics = None if obs.metrics_port is None else (obs.metrics_host, obs.metrics_port)
            return serve_workers(args.config, cfg.server.workers, metrics=metrics)
        asyncio.run(serve(args.config))
    except (ConfigError, StartupError) as exc:
        print(f"extproc: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
