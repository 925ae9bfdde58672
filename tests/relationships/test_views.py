"""Every relationship view, by exit path: anonymous, stranger, invalid, success, htmx."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from closeknit.accounts.models import User
from closeknit.relationships import services
from closeknit.relationships.models import Invitation, Relationship
from tests.factories import InvitationFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def url(name: str, relationship: Relationship) -> str:
    return reverse(f"relationships:{name}", args=[relationship.pk])


def login_redirect(path: str) -> str:
    return f"{reverse('accounts:login')}?next={path}"


def invite_link(relationship: Relationship) -> Invitation:
    return services.create_invitation(
        relationship=relationship, invite_url_for=lambda token: f"http://testserver/{token}/"
    )


# create


def test_create_asks_anonymous_to_sign_in(anonymous_client: Client) -> None:
    path = reverse("relationships:create")

    response = anonymous_client.get(path)

    assert response.url == login_redirect(path)


def test_create_shows_form(alice_client: Client) -> None:
    response = alice_client.get(reverse("relationships:create"))

    assert response.templates[0].name == "relationships/create.html"


def test_create_makes_solo_relationship(alice_client: Client, alice: User) -> None:
    alice_client.post(reverse("relationships:create"), {"kind": "friend", "other_name": "Dee"})

    assert list(Relationship.objects.values_list("owner", "kind", "other_name", "state")) == [
        (alice.pk, "friend", "Dee", "solo")
    ]


def test_create_goes_to_new_relationship(alice_client: Client) -> None:
    response = alice_client.post(
        reverse("relationships:create"), {"kind": "friend", "other_name": "Dee"}
    )

    assert response.url == url("detail", Relationship.objects.get())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Please choose partner, friend or family."),
        ({"kind": "friend"}, "Please write their name, or what you call them."),
        ({"kind": "friend", "other_name": "   "}, "Please write their name"),
        ({"kind": "enemy", "other_name": "Dee"}, "Please choose partner, friend or family."),
        ({"kind": "friend", "other_name": "D" * 61}, "at most 60 characters"),
    ],
    ids=["empty", "no-name", "blank-name", "unknown-kind", "long-name"],
)
def test_create_explains_invalid_input(
    alice_client: Client, data: dict[str, str], message: str
) -> None:
    response = alice_client.post(reverse("relationships:create"), data)

    assert response.status_code == 200
    assert message in response.content.decode()


def test_create_with_invalid_input_creates_nothing(alice_client: Client) -> None:
    alice_client.post(reverse("relationships:create"), {"kind": "enemy", "other_name": "Dee"})

    assert not Relationship.objects.exists()


def test_create_refuses_other_methods(alice_client: Client) -> None:
    response = alice_client.put(reverse("relationships:create"))

    assert response.status_code == 405


# detail


def test_detail_asks_anonymous_to_sign_in(anonymous_client: Client, solo: Relationship) -> None:
    response = anonymous_client.get(url("detail", solo))

    assert response.url == login_redirect(url("detail", solo))


def test_detail_hides_from_stranger(carol_client: Client, partners: Relationship) -> None:
    response = carol_client.get(url("detail", partners))

    assert response.status_code == 404


def test_detail_hides_missing_relationship(alice_client: Client) -> None:
    response = alice_client.get(reverse("relationships:detail", args=[999_999]))

    assert response.status_code == 404


def test_detail_offers_owner_an_invitation(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.get(url("detail", solo))

    assert "Invite Bob" in response.content.decode()


def test_detail_shows_owner_the_waiting_link(alice_client: Client, solo: Relationship) -> None:
    invitation = invite_link(solo)

    response = alice_client.get(url("detail", solo))

    assert f"/people/join/{invitation.token}/" in response.content.decode()


def test_detail_shows_joined_person_the_owner(bob_client: Client, partners: Relationship) -> None:
    response = bob_client.get(url("detail", partners))

    assert "<h1>Alice " in response.content.decode()


def test_detail_refuses_post(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.post(url("detail", solo))

    assert response.status_code == 405


# invite


def test_invite_asks_anonymous_to_sign_in(anonymous_client: Client, solo: Relationship) -> None:
    response = anonymous_client.post(url("invite", solo))

    assert response.url == login_redirect(url("invite", solo))


def test_invite_hides_from_stranger(carol_client: Client, solo: Relationship) -> None:
    response = carol_client.post(url("invite", solo))

    assert response.status_code == 404


def test_invite_by_stranger_creates_nothing(carol_client: Client, solo: Relationship) -> None:
    carol_client.post(url("invite", solo))

    assert not Invitation.objects.exists()


def test_invite_refuses_linked_relationship(alice_client: Client, partners: Relationship) -> None:
    response = alice_client.post(url("invite", partners))

    assert response.status_code == 404


def test_invite_refuses_joined_person(bob_client: Client, partners: Relationship) -> None:
    response = bob_client.post(url("invite", partners))

    assert response.status_code == 404


def test_invite_refuses_get(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.get(url("invite", solo))

    assert response.status_code == 405


def test_invite_makes_pending_link(alice_client: Client, solo: Relationship) -> None:
    alice_client.post(url("invite", solo), {"email": "", "message": ""})

    assert services.pending_invitation(solo) is not None


def test_invite_goes_back_to_relationship(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.post(url("invite", solo), {"email": "", "message": ""})

    assert response.url == url("detail", solo)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "not an address"}, "Enter a valid email address."),
        ({"email": "alice@example.org"}, "That&#x27;s your own address."),
        ({"email": " ALICE@example.org "}, "That&#x27;s your own address."),
        ({"message": "x" * 501}, "at most 500 characters"),
    ],
    ids=["bad-email", "own-email", "own-email-shouted", "long-message"],
)
def test_invite_explains_invalid_input(
    alice_client: Client, solo: Relationship, data: dict[str, str], message: str
) -> None:
    response = alice_client.post(url("invite", solo), data)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_invite_with_invalid_input_creates_nothing(
    alice_client: Client, solo: Relationship
) -> None:
    alice_client.post(url("invite", solo), {"email": "alice@example.org"})

    assert not Invitation.objects.exists()


def test_invite_for_htmx_returns_only_the_panel(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.post(url("invite", solo), {"email": ""}, headers=HTMX)
    html = response.content.decode()

    assert html.lstrip().startswith('<section id="invite-panel"')
    assert "<html" not in html


def test_invite_for_htmx_shows_the_new_link(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.post(url("invite", solo), {"email": ""}, headers=HTMX)

    assert services.pending_invitation(solo).token in response.content.decode()


def test_invite_for_htmx_explains_invalid_input_in_the_panel(
    alice_client: Client, solo: Relationship
) -> None:
    response = alice_client.post(url("invite", solo), {"email": "nope"}, headers=HTMX)
    html = response.content.decode()

    assert (response.status_code, "<html" in html) == (400, False)
    assert "Enter a valid email address." in html


# withdraw


def test_withdraw_asks_anonymous_to_sign_in(anonymous_client: Client, solo: Relationship) -> None:
    response = anonymous_client.post(url("withdraw", solo))

    assert response.url == login_redirect(url("withdraw", solo))


def test_withdraw_hides_from_stranger(carol_client: Client, solo: Relationship) -> None:
    invitation = invite_link(solo)

    carol_client.post(url("withdraw", solo))
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.PENDING


def test_withdraw_answers_stranger_not_found(carol_client: Client, solo: Relationship) -> None:
    response = carol_client.post(url("withdraw", solo))

    assert response.status_code == 404


def test_withdraw_refuses_joined_person(bob_client: Client, partners: Relationship) -> None:
    response = bob_client.post(url("withdraw", partners))

    assert response.status_code == 404


def test_withdraw_refuses_get(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.get(url("withdraw", solo))

    assert response.status_code == 405


def test_withdraw_stops_the_link(alice_client: Client, solo: Relationship) -> None:
    invitation = invite_link(solo)

    alice_client.post(url("withdraw", solo))
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.WITHDRAWN


def test_withdraw_goes_back_to_relationship(alice_client: Client, solo: Relationship) -> None:
    invite_link(solo)

    response = alice_client.post(url("withdraw", solo))

    assert response.url == url("detail", solo)


def test_withdraw_for_htmx_returns_the_fresh_panel(
    alice_client: Client, solo: Relationship
) -> None:
    invite_link(solo)

    response = alice_client.post(url("withdraw", solo), headers=HTMX)
    html = response.content.decode()

    assert html.lstrip().startswith('<section id="invite-panel"')
    assert "Make an invitation link" in html


# end


def test_end_asks_anonymous_to_sign_in(anonymous_client: Client, partners: Relationship) -> None:
    response = anonymous_client.get(url("end", partners))

    assert response.url == login_redirect(url("end", partners))


def test_end_hides_from_stranger(carol_client: Client, partners: Relationship) -> None:
    response = carol_client.post(url("end", partners))

    assert response.status_code == 404


def test_end_by_stranger_changes_nothing(carol_client: Client, partners: Relationship) -> None:
    carol_client.post(url("end", partners))
    partners.refresh_from_db()

    assert partners.is_linked


def test_end_asks_for_confirmation(bob_client: Client, partners: Relationship) -> None:
    response = bob_client.get(url("end", partners))

    assert "Unlink from Alice?" in response.content.decode()


def test_end_confirmation_page_changes_nothing(bob_client: Client, partners: Relationship) -> None:
    bob_client.get(url("end", partners))
    partners.refresh_from_db()

    assert partners.is_linked


def test_end_for_solo_asks_to_remove(alice_client: Client, solo: Relationship) -> None:
    response = alice_client.get(url("end", solo))

    assert "Remove Bob?" in response.content.decode()


def test_end_unlinks(bob_client: Client, partners: Relationship) -> None:
    bob_client.post(url("end", partners))
    partners.refresh_from_db()

    assert partners.is_ended


def test_end_goes_to_today(bob_client: Client, partners: Relationship) -> None:
    response = bob_client.post(url("end", partners))

    assert response.url == reverse("home:today")


def test_end_of_ended_relationship_goes_to_detail(
    alice_client: Client, alice: User, partners: Relationship
) -> None:
    services.end_relationship(relationship=partners, by=alice)

    response = alice_client.get(url("end", partners))

    assert response.url == url("detail", partners)


def test_end_refuses_other_methods(alice_client: Client, partners: Relationship) -> None:
    response = alice_client.delete(url("end", partners))

    assert response.status_code == 405


# invitation (the page the invited person opens)


def join_url(token: str) -> str:
    return reverse("relationships:invitation", args=[token])


def test_invitation_shows_anonymous_who_invites(
    anonymous_client: Client, solo: Relationship
) -> None:
    invitation = invite_link(solo)

    response = anonymous_client.get(join_url(invitation.token))

    assert "Alice would like to feel closer to you" in response.content.decode()


def test_invitation_offers_signed_in_person_a_choice(
    bob_client: Client, solo: Relationship
) -> None:
    invitation = invite_link(solo)

    response = bob_client.get(join_url(invitation.token))

    assert 'name="answer" value="accept"' in response.content.decode()


def test_invitation_asks_anonymous_answer_to_sign_in(
    anonymous_client: Client, solo: Relationship
) -> None:
    invitation = invite_link(solo)

    response = anonymous_client.post(join_url(invitation.token), {"answer": "accept"})

    assert response.url == login_redirect(join_url(invitation.token))


def test_invitation_explains_missing_answer(bob_client: Client, solo: Relationship) -> None:
    invitation = invite_link(solo)

    response = bob_client.post(join_url(invitation.token), {"answer": "maybe"})

    assert response.status_code == 400
    assert "Please choose whether to join" in response.content.decode()


def test_invitation_with_missing_answer_changes_nothing(
    bob_client: Client, solo: Relationship
) -> None:
    invitation = invite_link(solo)

    bob_client.post(join_url(invitation.token), {"answer": "maybe"})
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.PENDING


def test_invitation_accepted_goes_to_relationship(bob_client: Client, solo: Relationship) -> None:
    invitation = invite_link(solo)

    response = bob_client.post(join_url(invitation.token), {"answer": "accept"})

    assert response.url == url("detail", solo)


def test_invitation_declined_goes_to_today(bob_client: Client, solo: Relationship) -> None:
    invitation = invite_link(solo)

    response = bob_client.post(join_url(invitation.token), {"answer": "decline"})

    assert response.url == reverse("home:today")


def test_invitation_unknown_token_is_not_found(anonymous_client: Client) -> None:
    response = anonymous_client.get(join_url("no-such-token"))

    assert response.status_code == 404


def test_invitation_refuses_other_methods(anonymous_client: Client) -> None:
    invitation = InvitationFactory()

    response = anonymous_client.put(join_url(invitation.token))

    assert response.status_code == 405
