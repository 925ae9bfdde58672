"""The Coach page in a real browser: live feedback while typing, and without JavaScript."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect
from pytest_playwright.pytest_playwright import CreateContextCallback

from closeknit.accounts.models import User
from tests.browser.journey import ALICE, sign_in
from tests.browser.test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = pytest.mark.browser

CRITICAL = "You never listen to me, you're so selfish."


def open_coach(page: Page, base_url: str) -> None:
    page.goto("/account/login/?next=/coach/")
    sign_in(page, ALICE)
    expect(page).to_have_url(f"{base_url}/coach/")


def test_coach_flags_criticism_while_typing_and_offers_a_rewrite(
    page: Page, base_url: str, alice: User, screenshot: Callable[[Page, str], None]
) -> None:
    open_coach(page, base_url)
    page.evaluate("window.sameDocument = true")

    # Typed key by key, as a person would: htmx waits for a pause, then asks.
    page.get_by_label("Your words").press_sequentially(CRITICAL)

    result = page.get_by_role("region", name="What the coach noticed")
    expect(result.get_by_role("heading", name="What might land hard")).to_be_visible()
    expect(result.locator("mark.finding--pitfall").first).to_contain_text("You never listen")
    expect(result.get_by_role("heading", name="A gentler way to say it")).to_be_visible()
    expect(result.locator(".rewrites li").first).to_contain_text("I feel")
    assert page.evaluate("window.sameDocument") is True
    screenshot(page, "coach-live")


def test_coach_works_without_javascript(browser: Browser, base_url: str, alice: User) -> None:
    context: BrowserContext = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    open_coach(page, base_url)

    page.get_by_label("Your words").fill(CRITICAL)
    page.get_by_role("button", name="Check my words").click()

    expect(page.get_by_role("heading", name="What might land hard")).to_be_visible()
    expect(page.get_by_label("Your words")).to_have_value(CRITICAL)
    context.close()


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_coach_page_has_no_serious_accessibility_violations(
    new_context: CreateContextCallback,
    base_url: str,
    alice: User,
    color_scheme: Literal["light", "dark"],
) -> None:
    page = new_context(color_scheme=color_scheme).new_page()
    open_coach(page, base_url)
    page.get_by_label("Your words").fill(CRITICAL)
    page.get_by_role("button", name="Check my words").click()
    expect(page.get_by_role("heading", name="A gentler way to say it")).to_be_visible()

    violations = Axe().run(page).response["violations"]

    problems = [describe("coach", v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert problems == [], "\n".join(problems)


def test_coach_fits_a_phone_without_sideways_scrolling(
    new_context: CreateContextCallback, base_url: str, alice: User
) -> None:
    page = new_context(viewport={"width": 360, "height": 740}).new_page()
    open_coach(page, base_url)
    page.get_by_label("Your words").fill(CRITICAL + " " + "whatever " * 40)
    page.get_by_role("button", name="Check my words").click()
    expect(page.get_by_role("heading", name="What might land hard")).to_be_visible()

    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_conversation_page_describes_a_pasted_conversation(
    new_context: CreateContextCallback, base_url: str, alice: User
) -> None:
    page = new_context(viewport={"width": 390, "height": 844}).new_page()
    open_coach(page, base_url)
    page.get_by_role("link", name="Look back at a whole conversation").click()

    page.get_by_label("The conversation").fill(
        "Ana: You never listen to me.\nBen: Well you're the one who's always late.\n"
    )
    page.get_by_role("button", name="Read the conversation").click()

    expect(page.get_by_role("heading", name="Turn by turn")).to_be_visible()
    expect(page.locator("mark.finding--pitfall").first).to_contain_text("You never listen")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    violations = Axe().run(page).response["violations"]
    problems = [describe("conversation", v) for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert problems == [], "\n".join(problems)


def test_conversation_page_reads_a_pasted_conversation_without_a_reload(
    page: Page, base_url: str, alice: User
) -> None:
    open_coach(page, base_url)
    page.goto("/coach/conversation/")
    page.evaluate("window.sameDocument = true")

    # Pasting is one input event; htmx waits for the pause after it, then asks.
    page.get_by_label("The conversation").fill(
        "Ana: I was trying to tell you about my day and—\nBen: Whatever. I'm done.\n"
    )

    result = page.get_by_role("region", name="What the coach noticed")
    expect(result.get_by_role("heading", name="Turn by turn")).to_be_visible()
    expect(result.locator("mark.finding--pitfall", has_text="Whatever")).to_be_visible()
    expect(result.locator("mark.finding--pitfall", has_text="(interrupting)")).to_be_visible()
    assert page.evaluate("window.sameDocument") is True


def test_conversation_page_works_without_javascript(
    browser: Browser, base_url: str, alice: User
) -> None:
    context: BrowserContext = browser.new_context(base_url=base_url, java_script_enabled=False)
    page = context.new_page()
    open_coach(page, base_url)
    page.goto("/coach/conversation/")

    page.get_by_label("The conversation").fill("Ana: Only me here.\n")
    page.get_by_role("button", name="Read the conversation").click()

    expect(page.get_by_text("at least two people")).to_be_visible()
    expect(page.get_by_label("The conversation")).to_have_value("Ana: Only me here.\n")
    context.close()
