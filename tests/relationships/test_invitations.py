"""The invitation link from start to finish, through the test client, and hostile input."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeknit.accounts.models import User
from closeknit.relationships.models import Invitation, Relationship
from closeknit_core.text import tidy_name
from tests.conftest import client_for
from tests.factories import PASSWORD, InvitationFactory, linked

pytestmark = pytest.mark.django_db

LINK = re.compile(r'value="http://testserver(/people/join/[A-Za-z0-9_-]+/)"')
HUGE = "x" * 100_000


# Steps a person takes, through the pages.


def start_relationship(client: Client, kind: str = "partner", name: str = "Bob") -> Relationship:
    response = client.post(reverse("relationships:create"), {"kind": kind, "other_name": name})
    assert response.status_code == 302
    return Relationship.objects.latest("pk")


def make_link(client: Client, relationship: Relationship, **data: str) -> str:
    """Make an invitation link on the relationship page; return its path."""
    detail = reverse("relationships:detail", args=[relationship.pk])
    response = client.post(reverse("relationships:invite", args=[relationship.pk]), data)
    assert response.url == detail
    match = LINK.search(client.get(detail).content.decode())
    assert match is not None
    return match.group(1)


def answer(client: Client, link: str, choice: str = "accept") -> int:
    return client.post(link, {"answer": choice}).status_code


def sign_up(client: Client, next_path: str, email: str = "bob@example.org") -> str:
    """Create an account from the invitation page's link; return where we are sent."""
    response = client.post(
        f"{reverse('accounts:signup')}?next={quote(next_path)}",
        {
            "display_name": "Bob",
            "email": email,
            "password": PASSWORD,
            "password_again": PASSWORD,
            "time_zone": "Europe/London",
            "next": next_path,
        },
    )
    assert response.status_code == 302
    return response.url


def today(client: Client) -> str:
    return client.get(reverse("home:today")).content.decode()


def ended_section(html: str) -> str:
    start = html.find('<section class="ended"')
    return html[start : html.index("</section>", start)] if start >= 0 else ""


def detail(client: Client, relationship: Relationship) -> str:
    return client.get(reverse("relationships:detail", args=[relationship.pk])).content.decode()


@pytest.fixture
def link(alice_client: Client) -> str:
    """Alice starts a partner relationship with Bob and makes a link for him."""
    return make_link(alice_client, start_relationship(alice_client))


# The whole journey.


def test_invitation_page_offers_anonymous_sign_up_coming_back(
    anonymous_client: Client, link: str
) -> None:
    html = anonymous_client.get(link).content.decode()

    assert f'href="/account/signup/?next={quote(link)}"' in html


def test_invitation_page_offers_anonymous_sign_in_coming_back(
    anonymous_client: Client, link: str
) -> None:
    html = anonymous_client.get(link).content.decode()

    assert f'href="/account/login/?next={quote(link)}"' in html


def test_invitation_page_hides_answer_buttons_from_anonymous(
    anonymous_client: Client, link: str
) -> None:
    html = anonymous_client.get(link).content.decode()

    assert 'name="answer"' not in html


def test_invitation_sign_up_brings_person_back(anonymous_client: Client, link: str) -> None:
    assert sign_up(anonymous_client, link) == link


def test_invitation_after_sign_up_offers_to_join(anonymous_client: Client, link: str) -> None:
    sign_up(anonymous_client, link)

    html = anonymous_client.get(link).content.decode()

    assert 'name="answer" value="accept"' in html


def test_invitation_after_sign_in_offers_to_join(
    anonymous_client: Client, bob: User, link: str
) -> None:
    response = anonymous_client.post(
        f"{reverse('accounts:login')}?next={quote(link)}",
        {"username": "bob@example.org", "password": PASSWORD, "next": link},
    )

    assert response.url == link


def test_invitation_accepted_after_sign_up_links_both(
    alice_client: Client, anonymous_client: Client, link: str
) -> None:
    sign_up(anonymous_client, link)
    answer(anonymous_client, link)
    relationship = Relationship.objects.get()

    assert (relationship.state, relationship.other.email) == ("linked", "bob@example.org")


def test_invitation_accepted_shows_owner_linked(
    alice_client: Client, bob_client: Client, link: str
) -> None:
    answer(bob_client, link)

    assert "You and Bob have been linked since" in detail(alice_client, Relationship.objects.get())


def test_invitation_accepted_shows_joined_person_linked(bob_client: Client, link: str) -> None:
    answer(bob_client, link)

    assert "Linked with Alice." in today(bob_client)


def test_invitation_accepted_cannot_be_used_again(
    bob_client: Client, carol_client: Client, link: str
) -> None:
    answer(bob_client, link)

    response = carol_client.get(link)

    assert response.status_code == 410
    assert "This invitation has already been used" in response.content.decode()


def test_invitation_accepted_twice_changes_nothing(
    bob_client: Client, carol_client: Client, bob: User, link: str
) -> None:
    answer(bob_client, link)

    answer(carol_client, link)

    assert Relationship.objects.get().other == bob


def test_invitation_expired_shows_expired_page(bob_client: Client, link: str) -> None:
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    response = bob_client.get(link)

    assert response.status_code == 410
    assert "This invitation has expired" in response.content.decode()


def test_invitation_expired_cannot_be_accepted(bob_client: Client, link: str) -> None:
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    answer(bob_client, link)

    assert Relationship.objects.get().is_solo


def test_invitation_unknown_token_shows_not_found_page(bob_client: Client) -> None:
    response = bob_client.get(reverse("relationships:invitation", args=["a" * 43]))

    assert response.status_code == 404
    assert "We can't find this invitation" in response.content.decode()


def test_invitation_own_link_shows_own_page(alice_client: Client, link: str) -> None:
    response = alice_client.get(link)

    assert response.status_code == 409
    assert "This is your own invitation" in response.content.decode()


def test_invitation_own_link_cannot_be_accepted(alice_client: Client, link: str) -> None:
    answer(alice_client, link)

    assert Relationship.objects.get().is_solo


def test_invitation_withdrawn_shows_withdrawn_page(
    alice_client: Client, bob_client: Client, link: str
) -> None:
    alice_client.post(reverse("relationships:withdraw", args=[Relationship.objects.get().pk]))

    response = bob_client.get(link)

    assert response.status_code == 410
    assert "This link no longer works" in response.content.decode()


def test_invitation_for_relationship_no_longer_waiting_shows_closed_page(
    bob_client: Client, alice: User, carol: User
) -> None:
    # A pending link left behind on a relationship someone else has joined.
    stale = InvitationFactory(relationship=linked(alice, carol))

    response = bob_client.get(reverse("relationships:invitation", args=[stale.token]))

    assert response.status_code == 410
    assert "This invitation is closed" in response.content.decode()


def test_invitation_newer_link_retires_older(
    alice_client: Client, bob_client: Client, link: str
) -> None:
    make_link(alice_client, Relationship.objects.get())

    assert bob_client.get(link).status_code == 410


def test_invitation_same_kind_twice_is_refused(
    alice_client: Client, bob_client: Client, partners: Relationship
) -> None:
    link = make_link(alice_client, start_relationship(alice_client, "partner", "Bob"))

    response = bob_client.post(link, {"answer": "accept"})

    assert response.status_code == 409
    assert "You're already linked" in response.content.decode()


def test_invitation_same_kind_twice_other_way_round_is_refused(
    alice_client: Client, bob_client: Client, partners: Relationship
) -> None:
    link = make_link(bob_client, start_relationship(bob_client, "partner", "Alice"))

    assert answer(alice_client, link) == 409


def test_invitation_same_kind_twice_refused_changes_nothing(
    alice_client: Client, bob_client: Client, partners: Relationship
) -> None:
    link = make_link(alice_client, start_relationship(alice_client, "partner", "Bob"))

    answer(bob_client, link)

    assert Relationship.objects.filter(state="linked").count() == 1


def test_invitation_other_kind_between_same_people_is_allowed(
    alice_client: Client, bob_client: Client, partners: Relationship
) -> None:
    link = make_link(alice_client, start_relationship(alice_client, "friend", "Bob"))

    answer(bob_client, link)

    assert sorted(Relationship.objects.values_list("kind", "state")) == [
        ("friend", "linked"),
        ("partner", "linked"),
    ]


def test_invitation_declined_leaves_relationship_solo(bob_client: Client, link: str) -> None:
    answer(bob_client, link, "decline")

    assert Relationship.objects.get().is_solo


def test_invitation_declined_link_is_used(bob_client: Client, link: str) -> None:
    answer(bob_client, link, "decline")

    assert bob_client.get(link).status_code == 410


def test_invitation_declined_shares_nothing_with_decliner(bob_client: Client, link: str) -> None:
    answer(bob_client, link, "decline")

    assert "Alice" not in today(bob_client).split("<main", 1)[1]


def test_invitation_emailed_sends_one_email_with_link(
    alice_client: Client,
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    relationship = start_relationship(alice_client)
    with django_capture_on_commit_callbacks(execute=True):
        link = make_link(alice_client, relationship, email="bob@example.org")

    assert [(m.to, f"http://testserver{link}" in m.body) for m in mail.outbox] == [
        (["bob@example.org"], True)
    ]


def test_invitation_to_own_address_is_refused_with_message(
    alice_client: Client, solo: Relationship
) -> None:
    response = alice_client.post(
        reverse("relationships:invite", args=[solo.pk]), {"email": "Alice@Example.org"}
    )

    assert response.status_code == 400
    assert "That&#x27;s your own address." in response.content.decode()


def test_invitation_to_own_address_sends_nothing(
    alice_client: Client,
    solo: Relationship,
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        alice_client.post(
            reverse("relationships:invite", args=[solo.pk]), {"email": "alice@example.org"}
        )

    assert (mail.outbox, Invitation.objects.count()) == ([], 0)


@pytest.mark.parametrize("ender", ["alice", "bob"])
def test_unlinking_by_either_side_shows_the_other_it_ended(
    alice_client: Client, bob_client: Client, partners: Relationship, ender: str
) -> None:
    clients = {"alice": alice_client, "bob": bob_client}
    other, name_they_see = {"alice": (bob_client, "Alice"), "bob": (alice_client, "Bob")}[ender]

    clients[ender].post(reverse("relationships:end", args=[partners.pk]))

    assert f">{name_they_see}</a>" in ended_section(today(other))


def test_ending_stops_pending_links(alice_client: Client, bob_client: Client, link: str) -> None:
    alice_client.post(reverse("relationships:end", args=[Relationship.objects.get().pk]))

    assert bob_client.get(link).status_code == 410


def test_ending_solo_leaves_link_unusable(
    alice_client: Client, bob_client: Client, link: str
) -> None:
    alice_client.post(reverse("relationships:end", args=[Relationship.objects.get().pk]))

    answer(bob_client, link)

    assert Relationship.objects.get().other is None


def test_a_person_can_hold_several_relationships(
    alice_client: Client, bob_client: Client, carol_client: Client
) -> None:
    answer(bob_client, make_link(alice_client, start_relationship(alice_client, "partner")))
    answer(bob_client, make_link(carol_client, start_relationship(carol_client, "friend")))
    start_relationship(bob_client, "family", "Mum")

    html = today(bob_client)

    assert [">Alice</a>" in html, ">Carol</a>" in html, ">Mum</a>" in html] == [True] * 3


# Hostile input: never a 500, nothing changes when refused, what was typed is kept.


def relationship_count() -> int:
    return Relationship.objects.count()


REFUSED_NAMES = {
    "empty": "",
    "spaces": " \t\n ",
    "huge": HUGE,
    "nul-byte": "Bo\x00b",
    "zero-width-only": "\u200b\u200c\u200d\ufeff",
    "combining-marks-only": "\u0301\u0302",
}


@pytest.mark.parametrize("name", REFUSED_NAMES.values(), ids=REFUSED_NAMES.keys())
def test_relationship_form_refuses_bad_name(alice_client: Client, name: str) -> None:
    response = alice_client.post(
        reverse("relationships:create"), {"kind": "friend", "other_name": name}
    )

    assert (response.status_code, relationship_count()) == (200, 0)
    assert "field--error" in response.content.decode()


@pytest.mark.parametrize("name", ["Bo\x00b", HUGE, "<b>Bob</b>"], ids=["nul", "huge", "html"])
def test_relationship_form_keeps_what_was_typed(alice_client: Client, name: str) -> None:
    response = alice_client.post(
        reverse("relationships:create"), {"kind": "enemy", "other_name": name}
    )

    assert f'value="{escape(name)}"' in response.content.decode()


UNKNOWN_KINDS = {
    "empty": "",
    "unknown": "enemy",
    "shouted": "PARTNER",
    "huge": HUGE,
    "nul-byte": "partner\x00",
    "script": "<script>",
}


@pytest.mark.parametrize("kind", UNKNOWN_KINDS.values(), ids=UNKNOWN_KINDS.keys())
def test_relationship_form_refuses_unknown_kind(alice_client: Client, kind: str) -> None:
    response = alice_client.post(
        reverse("relationships:create"), {"kind": kind, "other_name": "Dee"}
    )

    assert (response.status_code, relationship_count()) == (200, 0)
    assert "Please choose partner, friend or family." in response.content.decode()


def test_relationship_form_survives_invalid_utf8(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("relationships:create"),
        b"kind=%FF%FE&other_name=%C0%AF",
        content_type="application/x-www-form-urlencoded",
    )

    assert (response.status_code, relationship_count()) == (200, 0)


ACCEPTED_NAMES = {
    "script": "<script>alert(1)</script>",
    "quotes": '"Dee" O\'Neil & co',
    "right-to-left-override": "Dee \u202etxt.exe",
    "emoji-family": "\U0001f468\u200d\U0001f469\u200d\U0001f467 Mum",
    "arabic": "مريم",
    "combining": "Zoe\u0308",
}


@pytest.mark.parametrize("name", ACCEPTED_NAMES.values(), ids=ACCEPTED_NAMES.keys())
def test_relationship_form_keeps_odd_names_as_shown(alice_client: Client, name: str) -> None:
    relationship = start_relationship(alice_client, "friend", name)

    assert relationship.other_name == tidy_name(name)


@pytest.mark.parametrize("name", ACCEPTED_NAMES.values(), ids=ACCEPTED_NAMES.keys())
def test_relationship_page_escapes_odd_names(alice_client: Client, name: str) -> None:
    relationship = start_relationship(alice_client, "friend", name)

    html = detail(alice_client, relationship)

    assert f"<h1>{escape(tidy_name(name))} " in html
    assert "<script>alert" not in html


REFUSED_INVITATIONS = {
    "huge-message": {"message": HUGE},
    "huge-email": {"email": HUGE + "@example.org"},
    "nul-in-message": {"message": "hello\x00there"},
    "nul-in-email": {"email": "bob\x00@example.org"},
    "header-injection": {"email": "bob@example.org\nBcc: eve@example.org"},
    "script-email": {"email": "<script>@example.org"},
    "not-an-email": {"email": "bob at example dot org"},
}


@pytest.mark.parametrize("data", REFUSED_INVITATIONS.values(), ids=REFUSED_INVITATIONS.keys())
def test_invitation_form_refuses_bad_input(
    alice_client: Client, solo: Relationship, data: dict[str, str]
) -> None:
    response = alice_client.post(reverse("relationships:invite", args=[solo.pk]), data)

    assert (response.status_code, Invitation.objects.count()) == (400, 0)
    assert "field--error" in response.content.decode()


def test_invitation_form_survives_invalid_utf8(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.post(
        reverse("relationships:invite", args=[solo.pk]),
        b"email=%FF%FE@example.org&message=%C0%AF",
        content_type="application/x-www-form-urlencoded",
    )

    assert (response.status_code, Invitation.objects.count()) == (400, 0)


@pytest.mark.parametrize(
    "message", ["hello\x00there", "<script>alert(1)</script>" * 30], ids=["nul", "too-long-html"]
)
def test_invitation_form_keeps_what_was_typed(
    alice_client: Client, solo: Relationship, message: str
) -> None:
    response = alice_client.post(
        reverse("relationships:invite", args=[solo.pk]), {"message": message}
    )

    assert f">\n{escape(message)}</textarea>" in response.content.decode()


def test_invitation_form_refused_keeps_previous_link(
    alice_client: Client, solo: Relationship, link: str
) -> None:
    alice_client.post(reverse("relationships:invite", args=[solo.pk]), {"message": HUGE})

    assert list(Invitation.objects.values_list("status", flat=True)) == ["pending"]


@pytest.mark.parametrize(
    "message",
    ["<script>alert(1)</script>", "Line one\nline two", "\u202eevil\u202c 🫶🏽", "<img src=x>"],
    ids=["script", "newlines", "bidi-emoji", "img"],
)
def test_invitation_page_escapes_message(
    alice_client: Client, anonymous_client: Client, solo: Relationship, message: str
) -> None:
    link = make_link(alice_client, solo, message=message)

    html = anonymous_client.get(link).content.decode()

    assert escape(message).replace("\n", "<br>") in html
    assert "<script>alert" not in html and "<img src=x>" not in html


STRANGE_TOKENS = {
    "huge": "a" * 100_000,
    "just-over-limit": "a" * 201,
    "percent-nul": "%00",
    "bad-utf8": "%FF%FE",
    "dots": "..",
    "unicode": "приглашение🫶",
    "sql": "' OR '1'='1",
    "script": "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "spaces": "%20%20",
    "encoded-slash": "abc%2Fdef",
}


@pytest.mark.parametrize("token", STRANGE_TOKENS.values(), ids=STRANGE_TOKENS.keys())
def test_join_url_with_strange_token_is_not_found(bob_client: Client, token: str) -> None:
    response = bob_client.get(f"/people/join/{token}/")

    assert response.status_code == 404


@pytest.mark.parametrize("token", STRANGE_TOKENS.values(), ids=STRANGE_TOKENS.keys())
def test_join_url_with_strange_token_changes_nothing(
    bob_client: Client, link: str, token: str
) -> None:
    bob_client.post(f"/people/join/{token}/", {"answer": "accept"})

    assert list(Invitation.objects.values_list("status", flat=True)) == ["pending"]


def test_join_url_with_digest_instead_of_token_is_not_found(bob_client: Client, link: str) -> None:
    digest = Invitation.objects.get().token_digest

    assert bob_client.get(f"/people/join/{digest}/").status_code == 404


# Hypothesis: anything a browser can send to the two forms.

typed_text = st.text(st.characters(codec="utf-8"), max_size=80)
hostile_settings = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@hostile_settings
@given(
    kind=st.one_of(st.sampled_from(["partner", "friend", "family", ""]), typed_text),
    name=typed_text,
)
def test_relationship_form_never_fails_on_any_input(alice: User, kind: str, name: str) -> None:
    client = client_for(alice)
    before = relationship_count()

    response = client.post(reverse("relationships:create"), {"kind": kind, "other_name": name})

    if response.status_code == 302:
        assert relationship_count() == before + 1
        assert Relationship.objects.latest("pk").other_name == tidy_name(name)
    else:
        assert (response.status_code, relationship_count()) == (200, before)
        html = response.content.decode()
        assert "field--error" in html
        assert name == "" or f'value="{escape(name)}"' in html


@hostile_settings
@given(
    email=st.one_of(st.just(""), st.emails(), typed_text),
    message=st.text(st.characters(codec="utf-8"), max_size=600),
)
def test_invitation_form_never_fails_on_any_input(
    alice: User, solo: Relationship, email: str, message: str
) -> None:
    client = client_for(alice)
    before = Invitation.objects.count()

    response = client.post(
        reverse("relationships:invite", args=[solo.pk]), {"email": email, "message": message}
    )

    if response.status_code == 302:
        newest = Invitation.objects.latest("pk")
        assert Invitation.objects.count() == before + 1
        assert (newest.email, newest.message) == (email.strip().lower(), message.strip())
    else:
        assert (response.status_code, Invitation.objects.count()) == (400, before)
        html = response.content.decode()
        assert "field--error" in html
        assert message == "" or f">\n{escape(message)}</textarea>" in html
