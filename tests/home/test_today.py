from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from tests.factories import InvitationFactory, RelationshipFactory, linked

pytestmark = pytest.mark.django_db

TODAY_URL = reverse("home:today")
ENDED_SECTION = '<section class="ended"'


def page_of(client: Client) -> str:
    response = client.get(TODAY_URL)
    assert response.status_code == 200
    return response.content.decode()


def current_part(html: str) -> str:
    return html.split(ENDED_SECTION)[0]


def ended_part(html: str) -> str:
    _, _, ended = html.partition(ENDED_SECTION)
    return ended


def end(relationship: Relationship) -> Relationship:
    relationship.state = Relationship.State.ENDED
    relationship.ended_at = timezone.now()
    relationship.save()
    return relationship


def test_today_welcomes_anonymous(anonymous_client: Client) -> None:
    response = anonymous_client.get(TODAY_URL)

    assert response.status_code == 200
    assert "home/welcome.html" in [template.name for template in response.templates]
    assert "Feel closer to the people who matter" in response.content.decode()


def test_today_offers_anonymous_signup_and_sign_in(anonymous_client: Client) -> None:
    html = page_of(anonymous_client)

    assert f'href="{reverse("accounts:signup")}"' in html
    assert f'href="{reverse("accounts:login")}"' in html


def test_today_refuses_post(alice_client: Client) -> None:
    response = alice_client.post(TODAY_URL)

    assert response.status_code == 405


def test_today_greets_person_by_name(alice_client: Client) -> None:
    assert "Hello, Alice" in page_of(alice_client)


def test_today_shows_empty_state_to_new_person(alice_client: Client) -> None:
    html = page_of(alice_client)

    assert "No one here yet" in html
    assert f'href="{reverse("relationships:create")}"' in html


def test_today_hides_empty_state_once_someone_is_added(
    solo: Relationship, alice_client: Client
) -> None:
    assert "No one here yet" not in page_of(alice_client)


def test_today_shows_solo_relationship(solo: Relationship, alice_client: Client) -> None:
    html = page_of(alice_client)

    assert "Just you for now. You can invite Bob whenever it feels right." in html
    assert f'href="{reverse("relationships:detail", args=[solo.pk])}"' in html
    assert "Invite them" in html


def test_today_shows_pending_invitation(solo: Relationship, alice_client: Client) -> None:
    InvitationFactory(relationship=solo)

    html = page_of(alice_client)

    assert "Your invitation is ready. It opens when Bob accepts." in html
    assert "Invite them" not in html


def test_today_treats_expired_invitation_as_solo(solo: Relationship, alice_client: Client) -> None:
    InvitationFactory(relationship=solo, expires_at=timezone.now() - timedelta(minutes=1))

    html = page_of(alice_client)

    assert "Just you for now." in html
    assert "Your invitation is ready." not in html


def test_today_shows_linked_relationship_to_owner(
    partners: Relationship, alice_client: Client
) -> None:
    assert "Linked with Bob. What you choose to share, they can see." in page_of(alice_client)


def test_today_shows_linked_relationship_to_other_member(
    partners: Relationship, bob_client: Client
) -> None:
    assert "Linked with Alice. What you choose to share, they can see." in page_of(bob_client)


def test_today_shows_kind_of_relationship(alice: User, alice_client: Client) -> None:
    RelationshipFactory(owner=alice, kind=Relationship.Kind.FAMILY, other_name="Gran")

    assert '<span class="tag tag--family">Family</span>' in page_of(alice_client)


def test_today_lists_ended_relationship_in_its_own_section(
    alice: User, carol: User, alice_client: Client
) -> None:
    RelationshipFactory(owner=alice, other_name="Dee")
    end(linked(alice, carol, kind=Relationship.Kind.FRIEND))

    html = page_of(alice_client)

    assert "Carol" in ended_part(html)
    assert "Carol" not in current_part(html)
    assert "Dee" in current_part(html)
    assert "Ended. Nothing is shared any more; what you wrote stays yours." in ended_part(html)


def test_today_omits_ended_section_without_ended_relationships(
    solo: Relationship, alice_client: Client
) -> None:
    assert ENDED_SECTION not in page_of(alice_client)


def test_today_offers_no_next_step_for_ended_relationship(
    alice: User, alice_client: Client
) -> None:
    ended = end(RelationshipFactory(owner=alice, other_name="Dee"))

    html = page_of(alice_client)

    assert "Open<span" not in ended_part(html)
    assert reverse("relationships:detail", args=[ended.pk]) in ended_part(html)


def test_today_lists_relationships_in_order_started(alice: User, alice_client: Client) -> None:
    RelationshipFactory(owner=alice, other_name="Zoe")
    RelationshipFactory(owner=alice, other_name="Abe")

    html = page_of(alice_client)

    assert html.index("Zoe") < html.index("Abe")


def test_today_never_shows_strangers_relationships(
    alice: User, bob: User, carol: User, alice_client: Client
) -> None:
    RelationshipFactory(owner=carol, other_name="Zed")
    end(RelationshipFactory(owner=carol, other_name="Yara"))
    linked(bob, carol, kind=Relationship.Kind.FRIEND)

    html = page_of(alice_client)

    for name in ["Zed", "Yara", "Carol"]:
        assert name not in html
    assert "No one here yet" in html


def test_today_does_not_show_owner_solo_relationship_to_named_person(
    solo: Relationship, bob_client: Client
) -> None:
    # Alice named Bob, but until he joins it is hers alone.
    assert "No one here yet" in page_of(bob_client)


def test_today_shows_names_as_text(alice: User, alice_client: Client) -> None:
    RelationshipFactory(owner=alice, other_name="<script>alert(1)</script>")

    html = page_of(alice_client)

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
