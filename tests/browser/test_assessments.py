"""Reflect in a real browser: taking the closeness pattern, coming back to it, seeing change
over time, and two linked people choosing to see their results together."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Literal

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, ViewportSize, expect
from pytest_playwright.pytest_playwright import CreateContextCallback

from closeknit.accounts.models import User
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from tests.browser.journey import ALICE, BOB, Person, nav, sign_in
from tests.browser.test_accessibility import BLOCKING_IMPACTS, describe
from tests.factories import RelationshipFactory

pytestmark = pytest.mark.browser

DESKTOP = ViewportSize(width=1280, height=800)
PHONE = ViewportSize(width=390, height=844)
TOTAL = 12
LOW, HIGH = "Strongly disagree", "Strongly agree"
# Item numbers on the page (texts/en/closeness-pattern.toml): which dimension each one
# asks about, and which are worded the other way round.
WORRY, WORRY_REVERSED = (1, 3, 7, 9), (5, 11)
SPACE, SPACE_REVERSED = (2, 6, 8, 12), (4, 10)
SECURE = "Mostly secure"
FEARFUL = "Leaning toward wanting closeness and guarding against it"


def closeness_answers(*, worry: bool, space: bool) -> dict[int, str]:
    """The answer to choose for each item, to land clearly on one side of both dimensions."""
    answers: dict[int, str] = {}
    for items, reversed_items, is_high in (
        (WORRY, WORRY_REVERSED, worry),
        (SPACE, SPACE_REVERSED, space),
    ):
        answers |= {number: HIGH if is_high else LOW for number in items}
        answers |= {number: LOW if is_high else HIGH for number in reversed_items}
    return answers


AT_EASE = closeness_answers(worry=False, space=False)
WARY = closeness_answers(worry=True, space=True)
NEEDS_SPACE = closeness_answers(worry=False, space=True)


@pytest.fixture
def sam(alice: User) -> Relationship:
    """Alice's friend Sam, who hasn't joined Closeknit."""
    return RelationshipFactory(owner=alice, other_name="Sam", kind=Relationship.Kind.FRIEND)


def sign_in_at(page: Page, person: Person, path: str = "/") -> None:
    page.goto(f"/account/login/?next={path}")
    sign_in(page, person)


def start_closeness_pattern(page: Page, about: str) -> None:
    """From any page: Reflect in the nav, then start the closeness pattern about someone."""
    nav(page).get_by_role("link", name="Reflect").click()
    expect(page.get_by_role("heading", name="Questionnaires for reflection")).to_be_visible()
    card = page.get_by_role("region", name="Closeness pattern")
    card.get_by_label("About").select_option(label=about)
    card.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", level=1, name="Closeness pattern")).to_be_visible()


def item(page: Page, number: int) -> Locator:
    """The group of choices for one statement, found by its numbered legend."""
    return page.get_by_role("group", name=re.compile(rf"^{number}\. "))


def choose(page: Page, answers: dict[int, str]) -> None:
    for number, choice in answers.items():
        item(page, number).get_by_role("radio", name=choice, exact=True).check()


def progress(page: Page) -> Locator:
    return page.get_by_role("status").filter(has_text="answered")


def expect_progress(page: Page, answered: int) -> None:
    expect(progress(page)).to_contain_text(f"{answered} of {TOTAL} answered.")


def see_result(page: Page, category: str) -> None:
    page.get_by_role("button", name="See my result").click()
    expect(page).to_have_url(re.compile(r"/reflect/\d+/result/$"))
    expect(page.get_by_role("heading", level=2, name=category)).to_be_visible()


def take_closeness_pattern(page: Page, about: str, answers: dict[int, str], category: str) -> None:
    start_closeness_pattern(page, about)
    choose(page, answers)
    expect_progress(page, len(answers))
    see_result(page, category)


def expect_chart(page: Page, caption: str) -> None:
    """The figure is there and its SVG image has loaded (it is a data: URI, drawn server-side)."""
    figure = page.get_by_role("figure", name=caption)
    expect(figure).to_be_visible()
    # The chart is decorative (alt=""), so it has no role of its own to find it by.
    chart = figure.locator("img")
    expect(chart).to_have_attribute("src", re.compile(r"^data:image/svg\+xml;base64,"))
    assert chart.evaluate("image => image.decode().then(() => image.naturalWidth > 0)")


def move_results_back(person: User, days: int) -> None:
    """As if the person's finished results so far were taken ``days`` earlier."""
    for assessment in Assessment.objects.filter(person=person, completed_at__isnull=False):
        assert assessment.completed_at is not None
        assessment.completed_at -= timedelta(days=days)
        assessment.started_at -= timedelta(days=days)
        assessment.save(update_fields=["completed_at", "started_at"])


def test_closeness_pattern_keeps_answers_between_visits_and_shows_the_result(
    page: Page, sam: Relationship
) -> None:
    sign_in_at(page, ALICE)
    start_closeness_pattern(page, "Sam")
    expect(page.get_by_text("Only you see your answers.")).to_be_visible()
    expect(item(page, 1)).to_contain_text("When Sam takes a long time to reply")
    expect_progress(page, 0)
    page.evaluate("window.sameDocument = true")

    first_five = {number: AT_EASE[number] for number in range(1, 6)}
    choose(page, first_five)

    # htmx saves each answer as it is given and swaps in only the progress line.
    expect_progress(page, 5)
    assert page.evaluate("window.sameDocument") is True
    nav(page).get_by_role("link", name="Today", exact=True).click()
    expect(page.get_by_role("heading", name="Hello, Alice")).to_be_visible()

    start_closeness_pattern(page, "Sam")
    expect(progress(page)).to_have_text(
        re.compile(
            r"5 of 12 answered\. Your answers are saved as you go, so you can come back later\."
        )
    )
    for number, choice in first_five.items():
        expect(item(page, number).get_by_role("radio", name=choice, exact=True)).to_be_checked()
    expect(item(page, 6).get_by_role("radio", checked=True)).to_have_count(0)

    choose(page, {number: AT_EASE[number] for number in range(6, TOTAL + 1)})
    expect_progress(page, TOTAL)
    see_result(page, SECURE)

    expect(page.get_by_text("Your answers lean toward feeling fairly at ease")).to_be_visible()
    expect_chart(page, "The chart shows the scores in the table below.")
    scores = page.get_by_role("table", name="Your scores")
    expect(scores.get_by_role("row", name=re.compile("^Worry about closeness 1.0"))).to_be_visible()
    expect(scores.get_by_role("row", name=re.compile("^Need for space 1.0"))).to_be_visible()
    expect(page.get_by_text("Only you can see this result.")).to_be_visible()


def test_closeness_pattern_taken_again_shows_a_reliable_change_and_the_history(
    page: Page, alice: User, sam: Relationship
) -> None:
    sign_in_at(page, ALICE)
    take_closeness_pattern(page, "Sam", AT_EASE, SECURE)
    move_results_back(alice, days=30)

    take_closeness_pattern(page, "Sam", WARY, FEARFUL)

    since_heading = page.get_by_role("heading", level=2, name=re.compile(r"^Since last time \("))
    expect(since_heading).to_be_visible()
    # The card has no accessible name of its own, so it is found by the heading it holds.
    since = page.locator("section", has=since_heading)
    reliable_rise = "Up 6.0 points: a reliable change, larger than day-to-day wobble."
    expect(since.get_by_role("listitem").filter(has_text="Worry about closeness")).to_contain_text(
        reliable_rise
    )
    expect(since.get_by_role("listitem").filter(has_text="Need for space")).to_contain_text(
        reliable_rise
    )

    page.get_by_role("link", name="All your results over time").click()
    expect(
        page.get_by_role("heading", level=1, name="Closeness pattern: over time")
    ).to_be_visible()
    expect(page.get_by_text("About Sam")).to_be_visible()
    expect_chart(page, "Each score over time; the same figures are in the table below.")
    rows = page.get_by_role("table", name="Every result, newest first").get_by_role("row")
    expect(rows).to_have_count(3)
    expect(rows.nth(1)).to_contain_text("7.0")
    expect(rows.nth(1)).to_contain_text(f"Worry about closeness: {reliable_rise}")
    expect(rows.nth(2)).to_contain_text("1.0")
    expect(rows.nth(2)).to_contain_text("First time")


def test_linked_people_see_their_shared_results_together_until_one_stops_sharing(
    new_context: CreateContextCallback, partners: Relationship
) -> None:
    alice = new_context(viewport=DESKTOP).new_page()
    bob = new_context(viewport=DESKTOP).new_page()
    sign_in_at(alice, ALICE)
    sign_in_at(bob, BOB)

    take_closeness_pattern(alice, "Bob", AT_EASE, SECURE)
    alice.get_by_role("button", name="Share this result with Bob").click()
    expect(alice.get_by_role("status")).to_contain_text(
        "Shared with Bob. You can stop sharing at any time."
    )
    alice.get_by_role("link", name="See your results together").click()
    expect(alice.get_by_role("heading", level=1, name="You and Bob")).to_be_visible()
    expect(alice.get_by_text("This view opens when you and Bob have each taken")).to_be_visible()
    expect(alice.get_by_role("figure")).to_have_count(0)

    take_closeness_pattern(bob, "Alice", NEEDS_SPACE, "Leaning toward needing space")
    bob.get_by_role("button", name="Share this result with Alice").click()
    expect(bob.get_by_role("status")).to_contain_text("Shared with Alice.")
    bob.get_by_role("link", name="See your results together").click()
    expect(bob.get_by_role("heading", level=1, name="You and Alice")).to_be_visible()
    expect_chart(bob, "Both results on one chart; the figures are in the table below.")
    expect(bob.get_by_role("heading", level=2, name="Closeness and room")).to_be_visible()

    alice.reload()
    expect_chart(alice, "Both results on one chart; the figures are in the table below.")
    shared = alice.get_by_role("table", name="Your shared results")
    expect(shared.get_by_role("row", name=re.compile(f"^You 1.0 1.0 {SECURE}$"))).to_be_visible()
    expect(
        shared.get_by_role("row", name=re.compile("^Bob 7.0 1.0 Leaning toward needing space$"))
    ).to_be_visible()
    expect(alice.get_by_role("heading", level=2, name="Closeness and room")).to_be_visible()

    # Back to her result the way she came, and she changes her mind.
    alice.go_back()
    alice.get_by_role("button", name="Stop sharing this result").click()
    expect(alice.get_by_role("status")).to_contain_text("No longer shared with Bob.")
    expect(alice.get_by_role("button", name="Share this result with Bob")).to_be_visible()

    bob.reload()
    expect(bob.get_by_role("heading", level=1, name="You and Alice")).to_be_visible()
    expect(bob.get_by_role("figure")).to_have_count(0)
    expect(bob.get_by_role("table")).to_have_count(0)
    expect(bob.get_by_text("This view opens when you and Alice have each taken")).to_be_visible()
    expect(bob.get_by_text("Your result is shared.")).to_be_visible()


def test_without_javascript_the_questionnaire_gives_a_result(
    new_context: CreateContextCallback, sam: Relationship
) -> None:
    page = new_context(java_script_enabled=False).new_page()
    sign_in_at(page, ALICE)
    start_closeness_pattern(page, "Sam")

    choose(page, AT_EASE)
    see_result(page, SECURE)

    expect(page.get_by_role("table", name="Your scores")).to_be_visible()


def test_without_javascript_gaps_are_marked_and_chosen_answers_kept(
    new_context: CreateContextCallback, sam: Relationship
) -> None:
    page = new_context(java_script_enabled=False).new_page()
    sign_in_at(page, ALICE)
    start_closeness_pattern(page, "Sam")
    first_eight = {number: AT_EASE[number] for number in range(1, 9)}
    choose(page, first_eight)

    page.get_by_role("button", name="See my result").click()

    expect(page.get_by_role("alert")).to_have_text(
        "A few questions still need an answer. They are marked below."
    )
    for number in range(9, TOTAL + 1):
        expect(item(page, number)).to_contain_text("This one still needs an answer.")
    for number, choice in first_eight.items():
        expect(item(page, number).get_by_role("radio", name=choice, exact=True)).to_be_checked()
        expect(item(page, number)).not_to_contain_text("still needs an answer")
    expect_progress(page, 8)

    choose(page, {number: AT_EASE[number] for number in range(9, TOTAL + 1)})
    see_result(page, SECURE)


def test_without_javascript_save_and_finish_later_keeps_the_answers(
    new_context: CreateContextCallback, sam: Relationship
) -> None:
    page = new_context(java_script_enabled=False).new_page()
    sign_in_at(page, ALICE)
    start_closeness_pattern(page, "Sam")
    first_three = {number: AT_EASE[number] for number in range(1, 4)}
    choose(page, first_three)

    page.get_by_role("button", name="Save and finish later").click()

    expect(page.get_by_role("status")).to_contain_text(
        "Your answers are saved. You can come back and finish whenever you like."
    )
    start_closeness_pattern(page, "Sam")
    expect_progress(page, 3)
    for number, choice in first_three.items():
        expect(item(page, number).get_by_role("radio", name=choice, exact=True)).to_be_checked()
    expect(page.get_by_role("alert")).to_have_count(0)


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_reflect_pages_have_no_serious_accessibility_violations(
    new_context: CreateContextCallback,
    partners: Relationship,
    alice: User,
    color_scheme: Literal["light", "dark"],
) -> None:
    page = new_context(color_scheme=color_scheme).new_page()
    bob = new_context(color_scheme=color_scheme).new_page()
    axe = Axe()
    problems: list[str] = []

    def audit(step: str) -> None:
        violations = axe.run(page).response["violations"]
        problems.extend(describe(step, v) for v in violations if v["impact"] in BLOCKING_IMPACTS)

    sign_in_at(bob, BOB)
    take_closeness_pattern(bob, "Alice", NEEDS_SPACE, "Leaning toward needing space")
    bob.get_by_role("button", name="Share this result with Alice").click()
    sign_in_at(page, ALICE)
    take_closeness_pattern(page, "Bob", WARY, FEARFUL)
    move_results_back(alice, days=30)
    start_closeness_pattern(page, "Bob")
    choose(page, {number: AT_EASE[number] for number in range(1, 7)})
    expect_progress(page, 6)
    audit("take")
    page.get_by_role("button", name="See my result").click()
    expect(page.get_by_role("alert")).to_be_visible()
    audit("take-with-gaps")
    choose(page, {number: AT_EASE[number] for number in range(7, TOTAL + 1)})
    see_result(page, SECURE)
    audit("result")
    page.get_by_role("button", name="Share this result with Bob").click()
    page.get_by_role("link", name="See your results together").click()
    expect(page.get_by_role("table", name="Your shared results")).to_be_visible()
    audit("together")
    page.go_back()
    page.get_by_role("link", name="All your results over time").click()
    expect(page.get_by_role("table", name="Every result, newest first")).to_be_visible()
    audit("history")

    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    "viewport", [PHONE, DESKTOP], ids=lambda size: f"{size['width']}x{size['height']}"
)
def test_reflect_pages_fit_the_screen_without_sideways_scrolling(
    new_context: CreateContextCallback,
    partners: Relationship,
    alice: User,
    viewport: ViewportSize,
    screenshot: Callable[[Page, str], None],
) -> None:
    alice_page = new_context(viewport=viewport).new_page()
    bob_page = new_context(viewport=viewport).new_page()
    size = f"{viewport['width']}x{viewport['height']}"
    too_wide: list[str] = []

    def look(page: Page, step: str) -> None:
        # From the top: a full-page picture taken mid-page shows the sticky progress line
        # where the window was, not where it sits.
        page.evaluate("window.scrollTo(0, 0)")
        screenshot(page, f"reflect-{size}-{step}")
        scroll_width, window_width = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if scroll_width > window_width:
            too_wide.append(f"{step}: {scroll_width}px of content in a {window_width}px window")

    sign_in_at(bob_page, BOB)
    take_closeness_pattern(bob_page, "Alice", NEEDS_SPACE, "Leaning toward needing space")
    bob_page.get_by_role("button", name="Share this result with Alice").click()
    sign_in_at(alice_page, ALICE)
    take_closeness_pattern(alice_page, "Bob", WARY, FEARFUL)
    move_results_back(alice, days=30)

    nav(alice_page).get_by_role("link", name="Reflect").click()
    look(alice_page, "0-index")
    start_closeness_pattern(alice_page, "Bob")
    look(alice_page, "1-take-new")
    choose(alice_page, {number: AT_EASE[number] for number in range(1, 7)})
    expect_progress(alice_page, 6)
    look(alice_page, "2-take")
    alice_page.get_by_role("button", name="See my result").click()
    expect(alice_page.get_by_role("alert")).to_be_visible()
    look(alice_page, "3-take-with-gaps")
    choose(alice_page, {number: AT_EASE[number] for number in range(7, TOTAL + 1)})
    see_result(alice_page, SECURE)
    look(alice_page, "4-result")
    alice_page.get_by_role("button", name="Share this result with Bob").click()
    alice_page.get_by_role("link", name="See your results together").click()
    expect(alice_page.get_by_role("heading", level=2, name="Closeness and room")).to_be_visible()
    look(alice_page, "6-together")
    alice_page.go_back()
    alice_page.get_by_role("link", name="All your results over time").click()
    expect(alice_page.get_by_role("table", name="Every result, newest first")).to_be_visible()
    look(alice_page, "5-history")

    assert too_wide == [], "\n".join(too_wide)
