"""A Milvus Lite server on loopback: the embedded Milvus for `make run`, the tests and the benches.

milvus-lite 2.5.1 ships the Milvus C++ core as a standalone gRPC server binary; started with an
address it serves the ordinary Milvus API on TCP, so the router uses the same client code path as
against a Milvus cluster (see docs/cache.md for why 2.5.1 and not the pure-Python 3.x line).

The binary is spawned directly (with the library path `milvus_lite.server.Server` would set) rather
than through `Server.start()`, because in address mode that class can only stop it by waiting two
seconds and then SIGKILLing it; here `stop()` is a SIGTERM that returns in milliseconds, and `kill()`
simulates a crash for the fail-open tests.
"""

from __future__ import annotations

import argparse
import ctypes
import fcntl
import os
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import IO, Any

from extproc_dev.ports import free_port, port_open

_PR_SET_PDEATHSIG = 1


class MilvusLiteError(RuntimeError):
    pass


def _lite_server_class() -> Any:
    # milvus_lite/__init__ imports pkg_resources, which warns on import; nothing to act on here.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from milvus_lite.server import Server
    return Server


def _die_with_parent() -> None:
    """In the child: SIGTERM when the parent exits, so a crashed router leaves no server behind."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


class MilvusLiteServer:
    """Starts and stops one Milvus Lite server for `data_path` (a `.db` file) on `host:port`.

    `port=0` picks a free port. The data file (and Milvus Lite's side files next to it) persist
    across restarts; the directory is created on start.
    """

    def __init__(
        self,
        data_path: str | Path,
        host: str = "127.0.0.1",
        port: int = 19530,
        *,
        log_path: str | Path | None = None,
        log_level: str = "ERROR",
    ) -> None:
        self.data_path = Path(data_path).absolute()
        self.host = host
        self.port = port or free_port(host)
        self.log_path = Path(log_path) if log_path is not None else None
        self.log_level = log_level
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock_file: IO[str] | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def uri(self) -> str:
        return f"http://{self.address}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout: float = 30.0) -> MilvusLiteServer:
        """Spawn the server and return once its port accepts connections."""
        if self.running():
            return self
        self.data_path.parent.mkdir(parents=True, exist_ok=True)
        server = _lite_server_class()(str(self.data_path), address=self.address)
        if not server.init():
            raise MilvusLiteError(f"milvus-lite binary not found at {server.milvus_bin}")
        self._lock_data_file()
        if port_open(self.port, self.host):
            self._unlock_data_file()
            raise MilvusLiteError(f"{self.address} is already in use")
        bin_dir = str(Path(server.milvus_bin).parent)
        env = {k: v for k, v in os.environ.items() if k not in ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH")}
        env["LD_LIBRARY_PATH"] = bin_dir + ":" + os.environ.get("LD_LIBRARY_PATH", "")
        # glog would otherwise write a file per start into /tmp.
        log_dir = self.data_path.parent / "logs"
        log_dir.mkdir(exist_ok=True)
        env.setdefault("GLOG_log_dir", str(log_dir))
        out: IO[bytes] | int = subprocess.DEVNULL
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            out = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child
        args = [server.milvus_bin, str(self.data_path), self.address, self.log_level]
        # PDEATHSIG fires when the spawning *thread* exits, so only tie it to the main thread.
        tie = _die_with_parent if threading.current_thread() is threading.main_thread() else None
        try:
            self._proc = subprocess.Popen(
                args, env=env, cwd=str(self.data_path.parent), stdout=out, stderr=out, preexec_fn=tie
            )
        finally:
            if not isinstance(out, int):
                out.close()
        deadline = time.monotonic() + timeout
        while not port_open(self.port, self.host):
            if self._proc.poll() is not None:
                code = self._proc.returncode
                self._proc = None
                self._unlock_data_file()
                raise MilvusLiteError(f"milvus-lite exited with {code} while starting on {self.address}")
            if time.monotonic() > deadline:
                self.stop()
                raise MilvusLiteError(f"milvus-lite did not open {self.address} within {timeout}s")
            time.sleep(0.05)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM (Milvus Lite exits at once and keeps its data), SIGKILL if it does not."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._unlock_data_file()

    def kill(self) -> None:
        """SIGKILL, as a crash would; for outage tests."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait()
        self._unlock_data_file()

    def __enter__(self) -> MilvusLiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _lock_data_file(self) -> None:
        # Two servers on one data file corrupt it. lockf is the lock milvus_lite.server.Server takes
        # (per process); flock also excludes a second server started from this same process.
        # Not milvus-lite's own `.<name>.lock`: the binary deletes that one when it starts.
        lock_path = self.data_path.parent / f".{self.data_path.name}.server.lock"
        f = open(lock_path, "a")  # noqa: SIM115 - held while the server runs
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            raise MilvusLiteError(f"{self.data_path} is in use by another Milvus Lite server") from None
        self._lock_file = f

    def _unlock_data_file(self) -> None:
        f, self._lock_file = self._lock_file, None
        if f is not None:
            fcntl.lockf(f, fcntl.LOCK_UN)
            fcntl.flock(f, fcntl.LOCK_UN)
            f.close()


def main(argv: list[str] | None = None) -> int:
    """`python -m extproc_dev.milvus_lite --data var/milvus/cache.db --port 19530`: run until Ctrl-C."""
    p = argparse.ArgumentParser(description=main.__doc__)
    p.add_argument("--data", default="var/milvus/cache.db")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=19530)
    args = p.parse_args(argv)
    server = MilvusLiteServer(args.data, args.host, args.port).start()
    print(f"milvus-lite serving {server.data_path} on {server.uri} (pid {server.pid})", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(1.0):
            if not server.running():
                print("milvus-lite exited", file=sys.stderr)
                return 1
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
