"""axe-core on every page of the journey, in the light and the dark colour scheme."""

from __future__ import annotations

from typing import Any, Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page
from pytest_playwright.pytest_playwright import CreateContextCallback

from tests.browser.journey import run_journey, visit_missing_page

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}


def describe(step: str, violation: dict[str, Any]) -> str:
    """One line per violation: where, which rule, how bad, and which elements."""
    targets = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"])
    return (
        f"{step}: {violation['id']} ({violation['impact']}) {violation['help']}"
        f" -> {targets} [{violation['helpUrl']}]"
    )


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_journey_pages_have_no_serious_accessibility_violations(
    new_context: CreateContextCallback, color_scheme: Literal["light", "dark"]
) -> None:
    alice = new_context(color_scheme=color_scheme).new_page()
    bob = new_context(color_scheme=color_scheme).new_page()
    axe = Axe()
    problems: list[str] = []

    def audit(page: Page, step: str) -> None:
        results = axe.run(page)
        problems.extend(
            describe(step, violation)
            for violation in results.response["violations"]
            if violation["impact"] in BLOCKING_IMPACTS
        )

    run_journey(alice, bob, audit)
    visit_missing_page(bob, audit)

    assert problems == [], "\n".join(problems)
