"""Browser tests: a real headless Chromium, driven by Playwright, against ``live_server``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page
from pytest_django.live_server_helper import LiveServer

# Playwright's sync API keeps an asyncio event loop running in the main thread, so
# Django takes every ORM call from the test itself (factories, the database flush
# after each test) for one made from async code and raises SynchronousOnlyOperation.
# The calls really are synchronous; the live server answers in its own thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SYSTEM_CHROMIUM = Path("/usr/bin/chromium")


def chromium_path() -> str | None:
    """The browser to drive: $CLOSEKNIT_CHROMIUM, else Debian's, else Playwright's own."""
    configured = os.environ.get("CLOSEKNIT_CHROMIUM")
    if configured:
        return configured
    if SYSTEM_CHROMIUM.exists():
        return str(SYSTEM_CHROMIUM)
    return None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch options, pointed at the system Chromium."""
    launch_args = {
        **browser_type_launch_args,
        "headless": browser_type_launch_args.get("headless", True),
        # No sandbox inside containers; no GPU, update checks or background traffic in CI.
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
        ],
    }
    executable = chromium_path()
    if executable:
        launch_args["executable_path"] = executable
    return launch_args


@pytest.fixture(scope="session")
def base_url(live_server: LiveServer) -> str:
    """Every browser context opens relative addresses on the live server."""
    return live_server.url


@pytest.fixture(autouse=True)
def _committed_data(transactional_db: None) -> None:
    # The live server reads the database from its own thread: it only sees committed rows.
    return None


@pytest.fixture
def screenshot() -> Callable[[Page, str], None]:
    """Save a full-page screenshot to $CLOSEKNIT_SCREENSHOTS, when set, to look at by eye.

    DESIGN.md asks for every screen to be looked at on a phone and a desktop; the
    journey tests pass through all of them, so they can take the pictures too.
    """
    directory = os.environ.get("CLOSEKNIT_SCREENSHOTS")

    def save(page: Page, name: str) -> None:
        if directory:
            Path(directory).mkdir(parents=True, exist_ok=True)
            page.screenshot(path=Path(directory) / f"{name}.png", full_page=True)

    return save
