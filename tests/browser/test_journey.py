"""Whole journeys through Closeknit in a real browser, as two people would take them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import ConsoleMessage, Page, Response, ViewportSize, WebError, expect
from pytest_playwright.pytest_playwright import CreateContextCallback

from tests.browser.journey import (
    ALICE,
    add_someone,
    fill_sign_up_form,
    make_invitation_link,
    nav,
    run_journey,
    visit_missing_page,
)

pytestmark = pytest.mark.browser

DESKTOP = ViewportSize(width=1280, height=800)
PHONES = [ViewportSize(width=360, height=740), ViewportSize(width=390, height=844)]
# Chromium reports a blocked resource or inline code on the console: "Refused to load ..."
# in older releases, "... violates the following Content Security Policy directive" now.
CSP_SIGNS = ("Content Security Policy", "Refused to")


def two_people(new_context: CreateContextCallback, **context_args: Any) -> tuple[Page, Page]:
    """Alice's and Bob's pages, each in a browser of their own (no shared cookies)."""
    alice = new_context(**context_args).new_page()
    bob = new_context(**context_args).new_page()
    return alice, bob


def test_journey_links_and_unlinks_two_people(
    new_context: CreateContextCallback, screenshot: Callable[[Page, str], None]
) -> None:
    alice, bob = two_people(new_context, viewport=DESKTOP)
    steps: list[str] = []

    def take_picture(page: Page, step: str) -> None:
        steps.append(step)
        screenshot(page, f"1280x800-{len(steps):02d}-{step}")

    run_journey(alice, bob, take_picture)


@pytest.mark.parametrize("viewport", PHONES, ids=lambda size: f"{size['width']}x{size['height']}")
def test_journey_fits_phone_screens_without_sideways_scrolling(
    new_context: CreateContextCallback,
    viewport: ViewportSize,
    screenshot: Callable[[Page, str], None],
) -> None:
    alice, bob = two_people(new_context, viewport=viewport)
    size = f"{viewport['width']}x{viewport['height']}"
    too_wide: list[str] = []
    steps: list[str] = []

    def check_width(page: Page, step: str) -> None:
        steps.append(step)
        screenshot(page, f"{size}-{len(steps):02d}-{step}")
        scroll_width, window_width = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll_width > window_width:
            too_wide.append(f"{step}: {scroll_width}px of content in a {window_width}px window")

    run_journey(alice, bob, check_width)
    visit_missing_page(bob, check_width)

    assert too_wide == [], "\n".join(too_wide)


def test_journey_keeps_to_the_content_security_policy(new_context: CreateContextCallback) -> None:
    alice, bob = two_people(new_context, viewport=DESKTOP)
    problems: list[str] = []

    def note_console(message: ConsoleMessage) -> None:
        if any(sign in message.text for sign in CSP_SIGNS):
            problems.append(f"{message.page.url if message.page else '?'}: {message.text}")

    def note_error(error: WebError) -> None:
        problems.append(f"{error.page.url if error.page else '?'}: {error.error}")

    def note_missing_policy(response: Response) -> None:
        # Without the header there would be nothing to violate, and this test would pass idly.
        is_page = response.request.resource_type == "document"
        if is_page and "content-security-policy" not in response.headers:
            problems.append(f"{response.url}: no Content-Security-Policy header")

    for context in (alice.context, bob.context):
        context.on("console", note_console)
        context.on("weberror", note_error)
        context.on("response", note_missing_policy)

    run_journey(alice, bob)

    assert problems == [], "\n".join(problems)


def test_without_javascript_people_can_sign_up_add_someone_and_invite(
    new_context: CreateContextCallback,
) -> None:
    page = new_context(java_script_enabled=False).new_page()

    page.goto("/")
    page.get_by_role("main").get_by_role("link", name="Create an account").click()
    fill_sign_up_form(page, ALICE)
    expect(page.get_by_role("heading", name="Hello, Alice")).to_be_visible()
    nav(page).get_by_role("link", name="Add someone").click()
    add_someone(page, "Friend", "Sam")
    link = make_invitation_link(page, "Sam")

    notice = page.get_by_role("status").filter(has_text="Your invitation link is ready.")
    expect(notice).to_be_visible()
    assert "/people/join/" in link
    # The copy button needs the clipboard API, so without JavaScript it stays out of the way.
    expect(page.get_by_role("button", name="Copy link")).to_be_hidden()
