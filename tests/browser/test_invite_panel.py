"""The invite panel with JavaScript on: htmx swaps the panel, closeknit.js offers a copy."""

from __future__ import annotations

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from closeknit.relationships.models import Relationship
from tests.browser.journey import ALICE, make_invitation_link, sign_in

pytestmark = pytest.mark.browser


def open_relationship_as_alice(page: Page, base_url: str, relationship: Relationship) -> str:
    """Sign Alice in and land on the relationship's page; its address."""
    path = f"/people/{relationship.pk}/"
    page.goto(f"/account/login/?next={path}")
    sign_in(page, ALICE)
    expect(page).to_have_url(base_url + path)
    return base_url + path


def test_invitation_link_swaps_only_the_invite_panel(
    page: Page, base_url: str, solo: Relationship
) -> None:
    address = open_relationship_as_alice(page, base_url, solo)
    # A full page load would start a fresh window object and lose this.
    page.evaluate("window.sameDocument = true")

    with page.expect_response(f"{address}invite/") as answer:
        link = make_invitation_link(page, "Bob")

    assert answer.value.request.header_value("HX-Request") == "true"
    assert "<html" not in answer.value.text()
    assert page.evaluate("window.sameDocument") is True
    expect(page).to_have_url(address)
    panel = page.get_by_role("region", name="Your invitation for Bob")
    expect(panel.get_by_label("Invitation link")).to_have_value(link)
    expect(page.get_by_role("heading", name="Invite Bob")).to_have_count(0)
    # closeknit.js enhanced the swapped-in panel: the copy button is offered.
    expect(page.get_by_role("button", name="Copy link")).to_be_visible()


def test_copy_link_puts_the_invitation_on_the_clipboard(
    context: BrowserContext, page: Page, base_url: str, solo: Relationship
) -> None:
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_relationship_as_alice(page, base_url, solo)
    link = make_invitation_link(page, "Bob")

    page.get_by_role("button", name="Copy link").click()

    panel = page.get_by_role("region", name="Your invitation for Bob")
    expect(panel.get_by_role("status")).to_have_text(
        "Link copied. Paste it wherever you usually talk."
    )
    assert page.evaluate("navigator.clipboard.readText()") == link


def test_invite_panel_shows_a_refused_address_in_place(
    page: Page, base_url: str, solo: Relationship
) -> None:
    address = open_relationship_as_alice(page, base_url, solo)
    page.evaluate("window.sameDocument = true")
    panel = page.get_by_role("region", name="Invite Bob")

    panel.get_by_label("Their email address (optional)").fill("alice@example.org")
    panel.get_by_role("button", name="Make an invitation link").click()

    # htmx swaps the 400 answer in (base.html's responseHandling), so the message shows.
    expect(panel.get_by_text("That's your own address.")).to_be_visible()
    expect(panel.get_by_label("Their email address (optional)")).to_have_value("alice@example.org")
    assert page.evaluate("window.sameDocument") is True
    expect(page).to_have_url(address)
