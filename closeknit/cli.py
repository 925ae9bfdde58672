"""The ``closeknit`` command: serve the app, run Django commands, make keys.

``docs/cli.md`` shows the help of every command; a test keeps it true.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ImproperlyConfigured

from closeknit import assess_cli, coach_cli
from closeknit_core import __version__

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_WORKERS = 2
MAX_WORKERS = 64


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not between 1 and 65535")
    return port


def worker_count(text: str) -> int:
    try:
        workers = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= workers <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"{workers} is not between 1 and {MAX_WORKERS}")
    return workers


def host_name(text: str) -> str:
    text = text.strip()
    if not text or any(character.isspace() for character in text) or len(text) > 253:
        raise argparse.ArgumentTypeError(f"{text!r} is not a host name or address")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="closeknit",
        description="Closeknit: a private companion for closeness with the people who matter.",
    )
    parser.add_argument("--version", action="version", version=f"closeknit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = commands.add_parser(
        "serve",
        help="serve the web app with gunicorn",
        description="Serve Closeknit through gunicorn, a production WSGI server. "
        "Run `closeknit manage migrate` first on a new data folder.",
    )
    serve.add_argument(
        "--host", type=host_name, default=DEFAULT_HOST, help="address to listen on (%(default)s)"
    )
    serve.add_argument(
        "--port", type=port_number, default=DEFAULT_PORT, help="port to listen on (%(default)s)"
    )
    serve.add_argument(
        "--workers",
        type=worker_count,
        default=DEFAULT_WORKERS,
        help=f"worker processes, 1 to {MAX_WORKERS} (%(default)s)",
    )

    commands.add_parser(
        "manage",
        help="run a Django management command (migrate, check, changepassword...)",
        description="Run a Django management command with Closeknit's settings, for example "
        "`closeknit manage migrate` or `closeknit manage check --deploy`. "
        "`closeknit manage help` lists them all.",
        add_help=False,
    )

    coach_cli.add_parser(commands, worker_count)
    assess_cli.add_parser(commands)

    commands.add_parser(
        "keys",
        help="print a new secret key and encryption key for production",
        description="Print a fresh CLOSEKNIT_SECRET_KEY and CLOSEKNIT_ENCRYPTION_KEYS, "
        "ready to paste into the environment of a production server.",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "closeknit.settings")
    # Everything after `manage` belongs to Django, including its own --help.
    if arguments[:1] == ["manage"]:
        return manage(arguments[1:])
    options = build_parser().parse_args(arguments)
    if options.command == "serve":
        try:
            return serve(host=options.host, port=options.port, workers=options.workers)
        except ImproperlyConfigured as problem:
            print(f"closeknit: {problem}", file=sys.stderr)
            return 1
    if options.command == "keys":
        return print_keys()
    if options.command == "coach":
        return coach_cli.run(options)
    if options.command == "assess":
        return assess_cli.run(options)
    build_parser().print_help()
    return 0


def manage(arguments: list[str]) -> int:
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["closeknit manage", *(arguments or ["help"])])
    except ImproperlyConfigured as problem:
        print(f"closeknit: {problem}", file=sys.stderr)
        return 1
    return 0


def print_keys() -> int:
    import secrets

    from cryptography.fernet import Fernet

    print(f"CLOSEKNIT_SECRET_KEY={secrets.token_urlsafe(50)}")
    print(f"CLOSEKNIT_ENCRYPTION_KEYS={Fernet.generate_key().decode('ascii')}")
    return 0


def serve(*, host: str, port: int, workers: int) -> int:
    from django.core import checks
    from gunicorn.app.base import BaseApplication

    from closeknit.wsgi import application

    # As `manage runserver` does: a setting that cannot work stops the server before it starts.
    errors = [message for message in checks.run_checks() if message.level >= checks.ERROR]
    for error in errors:
        print(f"closeknit serve: {error}", file=sys.stderr)
    if errors:
        return 1

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
            settings: dict[str, Any] = {
                "bind": bind,
                "workers": workers,
                "worker_class": "gthread",
                "threads": 4,
                "accesslog": "-",
                "errorlog": "-",
                "graceful_timeout": 10,
                "proc_name": "closeknit",
                # One shared control socket per machine would make two servers clash.
                "control_socket_disable": True,
            }
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    print(f"Closeknit is serving on http://{host}:{port}/ (Ctrl-C stops it)", flush=True)
    Server().run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
