"""The steps people take in Closeknit, written the way they read the screen.

Each helper finds things by role and label, as a screen reader would. ``run_journey``
walks Alice and Bob through the whole linking story and calls ``on_page`` on every
page they land on, so one journey serves the checks of several tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

from tests.factories import PASSWORD

OnPage = Callable[[Page, str], None]
# Django adds a colon to each label; "Password" alone would also match "Password again".
PASSWORD_LABEL = re.compile(r"^Password:?$")


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    password: str = PASSWORD


ALICE = Person(name="Alice", email="alice@example.org")
BOB = Person(name="Bob", email="bob@example.org")


def ignore_page(page: Page, step: str) -> None:
    """The default ``on_page``: look at nothing."""


def nav(page: Page) -> Locator:
    return page.get_by_role("navigation", name="Main")


def fill_sign_up_form(page: Page, person: Person) -> None:
    page.get_by_label("Your name").fill(person.name)
    page.get_by_label("Email address").fill(person.email)
    page.get_by_label(PASSWORD_LABEL).fill(person.password)
    page.get_by_label("Password again").fill(person.password)
    page.get_by_role("button", name="Create my account").click()


def sign_in(page: Page, person: Person) -> None:
    """Sign in from the sign-in page."""
    expect(page.get_by_role("heading", name="Welcome back")).to_be_visible()
    page.get_by_label("Email address").fill(person.email)
    page.get_by_label(PASSWORD_LABEL).fill(person.password)
    page.get_by_role("button", name="Sign in").click()


def add_someone(page: Page, kind: str, name: str) -> None:
    """Fill the 'Add someone' form and land on the new relationship's page."""
    kinds = page.get_by_role("group", name="Who are they to you?")
    kinds.get_by_role("radio", name=kind).check()
    page.get_by_label("Their name").fill(name)
    page.get_by_role("button", name="Add them").click()
    expect(page).to_have_url(re.compile(r"/people/\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(name)


def make_invitation_link(page: Page, name: str) -> str:
    """Press 'Make an invitation link' on a relationship page and read the link."""
    panel = page.get_by_role("region", name=f"Invite {name}")
    panel.get_by_role("button", name="Make an invitation link").click()
    link_field = page.get_by_label("Invitation link")
    expect(link_field).to_have_value(re.compile(r"/people/join/[^/]+/$"))
    return link_field.input_value()


def expect_card(scope: Page | Locator, name: str, state: str) -> None:
    """The relationship card for ``name`` says ``state``."""
    card = scope.get_by_role("article", name=name)
    expect(card).to_contain_text(state)


def run_journey(alice: Page, bob: Page, on_page: OnPage = ignore_page) -> None:
    """Alice invites Bob, he joins, both see the link, Alice unlinks, Bob sees it ended."""
    alice.goto("/")
    expect(
        alice.get_by_role("heading", name="Feel closer to the people who matter")
    ).to_be_visible()
    on_page(alice, "welcome")
    alice.get_by_role("main").get_by_role("link", name="Create an account").click()
    expect(alice.get_by_role("heading", name="Create your account")).to_be_visible()
    on_page(alice, "signup")
    fill_sign_up_form(alice, ALICE)
    expect(alice.get_by_role("heading", name="Hello, Alice")).to_be_visible()
    expect(alice.get_by_role("heading", name="No one here yet")).to_be_visible()
    on_page(alice, "today-empty")

    nav(alice).get_by_role("link", name="Me", exact=True).click()
    expect(alice.get_by_role("heading", name="Your details")).to_be_visible()
    on_page(alice, "profile")

    nav(alice).get_by_role("link", name="Add someone").click()
    expect(alice.get_by_role("heading", name="Add someone who matters to you")).to_be_visible()
    on_page(alice, "create")
    add_someone(alice, "Partner", "Bob")
    on_page(alice, "relationship")
    link = make_invitation_link(alice, "Bob")
    on_page(alice, "relationship-link")
    nav(alice).get_by_role("button", name="Sign out").click()
    expect(
        alice.get_by_role("heading", name="Feel closer to the people who matter")
    ).to_be_visible()

    bob.goto(link)
    invitation_heading = bob.get_by_role("heading", name="Alice would like to feel closer to you")
    expect(invitation_heading).to_be_visible()
    on_page(bob, "invitation-anonymous")
    bob.get_by_role("main").get_by_role("link", name="Create an account").click()
    expect(bob.get_by_role("heading", name="Create your account")).to_be_visible()
    fill_sign_up_form(bob, BOB)
    expect(bob).to_have_url(link)
    expect(invitation_heading).to_be_visible()
    on_page(bob, "invitation")
    bob.get_by_role("button", name="Join").click()
    expect(bob.get_by_role("status")).to_contain_text("You and Alice are linked now.")
    on_page(bob, "relationship-linked")
    nav(bob).get_by_role("link", name="Today", exact=True).click()
    expect_card(bob, "Alice", "Linked with Alice")
    on_page(bob, "today-linked")

    alice.get_by_role("link", name="I already have one: sign in").click()
    on_page(alice, "login")
    sign_in(alice, ALICE)
    expect_card(alice, "Bob", "Linked with Bob")
    alice.get_by_role("link", name="Open Bob").click()
    alice.get_by_role("link", name="Unlink from Bob").click()
    expect(alice.get_by_role("heading", name="Unlink from Bob?")).to_be_visible()
    on_page(alice, "end")
    alice.get_by_role("button", name="Yes, unlink").click()
    expect(alice.get_by_role("status")).to_contain_text("You and Bob are no longer linked.")
    expect_card(alice.get_by_role("region", name="Ended"), "Bob", "Ended.")
    on_page(alice, "today-ended")

    bob.reload()
    ended = bob.get_by_role("region", name="Ended")
    expect_card(ended, "Alice", "Ended.")
    expect(bob.get_by_text("Linked with Alice")).to_have_count(0)
    on_page(bob, "today-ended-other")


def visit_missing_page(page: Page, on_page: OnPage = ignore_page) -> None:
    """Open an address that leads nowhere and land on the friendly 404."""
    response = page.goto("/no-such-page/")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", name="We couldn't find that page")).to_be_visible()
    on_page(page, "not-found")
