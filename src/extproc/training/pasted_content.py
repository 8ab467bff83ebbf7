"""Benign pasted content as the router's later windows read it: code, logs, tables, configs and
prose in other languages, cut to one window's length without the instruction that came with it.

The router blocks on the highest window score of a message, and users paste such material under a
request ("what does this error mean?"). The team's benign rows are prose, so the jailbreak head read
unfamiliar text as an attack: on the validation requests, 28 of 37 benign multi-window messages it
blocked were blocked on a later window of pasted material (stack traces, access logs, receipts,
terraform plans, Italian or Chinese prose). These rows, trained as benign and train-only, show the head
such material. Code comes from the build interpreter's own standard library (real code by other
authors); the rest is generated from small vocabularies and Faker's word lists, seeded.
"""

from __future__ import annotations

import random
import re
import sysconfig
from collections.abc import Callable
from pathlib import Path

Rng = random.Random

# Directories of the standard library that hold test data (encoded bytes, odd strings) or generated code.
_SKIP_DIRS = frozenset({"test", "tests", "idle_test", "lib2to3", "site-packages", "encodings", "__pycache__"})
# Locales whose Faker word lists give prose-like fragments in another language and script.
LOCALES = ("de_DE", "es_ES", "fr_FR", "it_IT", "nl_NL", "pl_PL", "ru_RU", "zh_CN", "ja_JP", "uk_UA", "el_GR")

WORDS_PER_ROW = (25, 60)


def _stdlib_files() -> list[Path]:
    root = Path(sysconfig.get_paths()["stdlib"])
    files = [p for p in root.rglob("*.py") if not _SKIP_DIRS & set(p.relative_to(root).parts[:-1])]
    return sorted(files)


def _cut(text: str, rng: Rng) -> str:
    """A window-sized stretch starting at a line start (the router's windows start at a word)."""
    lines = text.splitlines()
    start = rng.randrange(len(lines)) if lines else 0
    words = rng.randint(*WORDS_PER_ROW)
    out: list[str] = []
    count = 0
    for line in lines[start:]:
        out.append(line)
        count += len(line.split())
        if count >= words:
            break
    return "\n".join(out).strip()


def code(rng: Rng, files: list[Path]) -> str:
    for _ in range(20):
        text = files[rng.randrange(len(files))].read_text(encoding="utf-8", errors="replace")
        chunk = _cut(text, rng)
        if len(chunk.split()) >= 8:
            return chunk
    return ""


def _ip(rng: Rng) -> str:
    return f"{rng.choice((10, 172, 192, 198, 203))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _stamp(rng: Rng) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


PATHS = (
    "/",
    "/index.html",
    "/api/v1/items",
    "/login",
    "/static/app.js",
    "/health",
    "/search?q=shoes",
    "/wp-admin/",
    "/images/logo.png",
    "/cart/checkout",
    "/favicon.ico",
    "/api/orders/1182",
    "/robots.txt",
    "/xmlrpc.php",
)
AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
    "curl/8.4.0",
    "python-requests/2.31",
    "Googlebot/2.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)",
    "kube-probe/1.28",
    "Go-http-client/1.1",
)
SERVICES = ("nginx", "sshd", "kernel", "systemd", "cron", "postgres", "dockerd", "kubelet", "app", "worker")
MESSAGES = (
    "connection reset by peer",
    "Accepted publickey for deploy",
    "Started Daily apt upgrade",
    "out of memory: killed process",
    "checkpoint complete",
    "upstream timed out while reading response",
    "Failed password for invalid user admin",
    "pod restarted after liveness probe failed",
    "disk usage at 91%",
    "certificate expires in 12 days",
    "retrying request (attempt 3 of 5)",
    "cache miss for key user:1182",
    "job finished in 2.3s",
    "permission denied while opening config",
)
ERRORS = (
    "KeyError: 'user_id'",
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    "ValueError: invalid literal for int() with base 10: 'abc'",
    "ModuleNotFoundError: No module named 'yaml'",
    "java.lang.NullPointerException",
    "TypeError: Cannot read properties of undefined (reading 'map')",
    "error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable",
    "panic: runtime error: index out of range [3] with length 3",
    "psycopg2.OperationalError: could not connect",
)
FUNCS = (
    "main",
    "load_config",
    "handle_request",
    "parse_row",
    "run",
    "dispatch",
    "save",
    "fetch_user",
    "render",
)


def logs(rng: Rng) -> str:
    kind = rng.randrange(5)
    n = rng.randint(3, 8)
    if kind == 0:
        return "\n".join(
            f"{_ip(rng)} - - [{rng.randint(1, 28):02d}/Mar/2024:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:10 +0000] "
            f'"{rng.choice(("GET", "POST", "HEAD"))} {rng.choice(PATHS)} HTTP/1.1" {rng.choice((200, 301, 404, 500, 403))} '
            f'{rng.randint(0, 90000)} "-" "{rng.choice(AGENTS)}"'
            for _ in range(n)
        )
    if kind == 1:
        return "\n".join(
            f"Mar {rng.randint(1, 28):2d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} "
            f"host{rng.randint(1, 9)} {rng.choice(SERVICES)}[{rng.randint(100, 99999)}]: {rng.choice(MESSAGES)}"
            for _ in range(n)
        )
    if kind == 2:
        return "\n".join(
            f'{{"ts": "{_stamp(rng)}", "level": "{rng.choice(("info", "warn", "error", "debug"))}", '
            f'"msg": "{rng.choice(MESSAGES)}", "latency_ms": {rng.randint(1, 900)}}}'
            for _ in range(n)
        )
    if kind == 3:
        frames = "\n".join(
            f'  File "/app/{rng.choice(("service", "models", "utils", "api"))}.py", line {rng.randint(3, 400)}, in '
            f"{rng.choice(FUNCS)}\n    {rng.choice(('return cfg[key]', 'total += row[2]', 'data = json.loads(body)', 'self.save()'))}"
            for _ in range(rng.randint(2, 4))
        )
        return f"Traceback (most recent call last):\n{frames}\n{rng.choice(ERRORS)}"
    return "\n".join(
        f"{rng.choice(('web', 'api', 'worker', 'redis', 'db'))}-{rng.randint(1000, 9999):x}-{rng.choice('abcdxyz')}"
        f"{rng.randint(10, 99)}   {rng.choice(('1/1', '0/1', '2/2'))}   "
        f"{rng.choice(('Running', 'CrashLoopBackOff', 'Pending', 'Completed'))}   {rng.randint(0, 12)}   {rng.randint(1, 59)}m"
        for _ in range(n)
    )


ITEMS = (
    "coffee",
    "bread",
    "milk",
    "USB cable",
    "notebook",
    "train ticket",
    "lunch",
    "parking",
    "printer ink",
    "groceries",
    "phone bill",
    "taxi",
    "book",
    "electricity",
    "gym",
    "cinema",
    "pharmacy",
    "fuel",
)
COUNTRIES = ("Portugal", "Chile", "Kenya", "Vietnam", "Norway", "Peru", "Ghana", "Japan", "Canada", "Egypt")


def tables(rng: Rng) -> str:
    kind = rng.randrange(4)
    n = rng.randint(4, 9)
    cur = rng.choice(("$", "£", "€", ""))
    if kind == 0:
        rows = [
            f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} {rng.choice(ITEMS).upper()}  {cur}{rng.uniform(1, 200):.2f}"
            for _ in range(n)
        ]
        return "\n".join(rows)
    if kind == 1:
        head = rng.choice(("id,country,value,score", "date,region,units,revenue", "sku,qty,price,total"))
        rows = [
            f"{rng.randint(1, 999999)},{rng.choice(COUNTRIES)},{rng.uniform(0, 100):.1f},{rng.randint(0, 99999)}"
            for _ in range(n)
        ]
        return "\n".join([head, *rows])
    if kind == 2:
        rows = [
            f"| {rng.choice(ITEMS)} | {rng.randint(1, 20)} | {cur}{rng.uniform(1, 90):.2f} |"
            for _ in range(n)
        ]
        return "\n".join(["| item | qty | price |", "|---|---|---|", *rows])
    lines = [
        f"{rng.choice(ITEMS).title()} {'.' * rng.randint(5, 30)} {cur}{rng.uniform(1, 90):.2f}"
        for _ in range(n)
    ]
    sub = rng.uniform(50, 400)
    return "\n".join(
        [*lines, f"Subtotal: {cur}{sub:.2f}", f"Tax: {cur}{sub * 0.08:.2f}", f"TOTAL: {cur}{sub * 1.08:.2f}"]
    )


def configs(rng: Rng) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return (
            f"[Unit]\nDescription={rng.choice(('My bot', 'Backup job', 'Web app'))}\nAfter=network.target\n\n[Service]\n"
            f"ExecStart=/usr/bin/python3 /opt/{rng.choice(('bot', 'app', 'sync'))}/main.py\nRestart=always\n"
            f"User={rng.choice(('pi', 'www-data', 'app'))}\n\n[Install]\nWantedBy=multi-user.target"
        )
    if kind == 1:
        return (
            f"services:\n  {rng.choice(('web', 'api', 'app'))}:\n    image: {rng.choice(('nginx', 'postgres', 'redis'))}:{rng.randint(1, 16)}\n"
            f'    ports:\n      - "{rng.randint(3000, 9000)}:{rng.choice((80, 5432, 6379))}"\n    restart: unless-stopped\n'
            f"    environment:\n      - LOG_LEVEL={rng.choice(('info', 'debug'))}\n      - WORKERS={rng.randint(1, 8)}"
        )
    if kind == 2:
        return (
            f'  # aws_instance.{rng.choice(("web", "api", "db"))} will be updated in-place\n  ~ resource "aws_instance" "web" {{\n'
            f'      id            = "i-0{rng.randint(10**9, 10**10):x}"\n'
            f'    ~ instance_type = "t2.micro" -> "t3.small"\n    }}\n\nPlan: {rng.randint(0, 3)} to add, {rng.randint(0, 3)} to change, '
            f"{rng.randint(0, 2)} to destroy."
        )
    if kind == 3:
        return (
            f"server {{\n    listen {rng.choice((80, 443))};\n    server_name {rng.choice(('example.test', 'shop.example', 'api.local'))};\n"
            f"    location / {{\n        proxy_pass http://127.0.0.1:{rng.randint(3000, 9000)};\n        proxy_set_header Host $host;\n    }}\n}}"
        )
    return (
        f"Seq Scan on orders  (cost=0.00..{rng.uniform(10, 999):.2f} rows={rng.randint(1, 9999)} width={rng.randint(8, 64)})\n"
        f"  Filter: (customer_id = {rng.randint(1, 9999)})\nPlanning Time: {rng.uniform(0, 1):.2f} ms\n"
        f"Execution Time: {rng.uniform(0, 50):.2f} ms"
    )


def foreign(rng: Rng, fakers: dict[str, object]) -> str:
    fake = fakers[rng.choice(LOCALES)]
    return " ".join(fake.paragraph(nb_sentences=rng.randint(2, 5)) for _ in range(2))  # type: ignore[attr-defined]


KINDS = ("code", "logs", "tables", "configs", "foreign")


def _fakers(seed: int) -> dict[str, object]:
    from faker import Faker  # type: ignore[import-not-found,unused-ignore]  # build venv only

    fakers: dict[str, object] = {}
    for i, loc in enumerate(LOCALES):
        fake = Faker(loc)
        fake.seed_instance(seed + i)
        fakers[loc] = fake
    return fakers


def synthesize(n: int, seed: int, kinds: tuple[str, ...] = KINDS) -> list[tuple[str, str]]:
    """`n` distinct (text, kind) rows, kinds in equal shares, same output per seed and interpreter."""
    rng = random.Random(seed)
    fakers = _fakers(seed) if "foreign" in kinds else {}
    files = _stdlib_files() if "code" in kinds else []
    makers: dict[str, Callable[[], str]] = {
        "code": lambda: code(rng, files),
        "logs": lambda: logs(rng),
        "tables": lambda: tables(rng),
        "configs": lambda: configs(rng),
        "foreign": lambda: foreign(rng, fakers),
    }
    names = list(kinds)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for attempt in range(50 * n + 100):
        if len(out) >= n:
            break
        kind = names[attempt % len(names)]
        text = makers[kind]()
        key = re.sub(r"\s+", " ", text).strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append((text, kind))
    return out
