"""The relationship services: starting, inviting, joining, declining and ending."""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.relationships import services
from closeknit.relationships.models import Invitation, Relationship
from closeknit.relationships.services import InvitationRefused, Refusal
from tests.factories import InvitationFactory, RelationshipFactory, linked

BASE_URL = "https://closeknit.example/people/join/"


def invite_url(token: str) -> str:
    return f"{BASE_URL}{token}/"


def invite(relationship: Relationship, **kwargs: str) -> Invitation:
    return services.create_invitation(
        relationship=relationship, invite_url_for=invite_url, **kwargs
    )


@pytest.fixture
def invitation(solo: Relationship) -> Invitation:
    return invite(solo)


@pytest.fixture
def capture_commits(
    django_capture_on_commit_callbacks: Callable[..., object],
) -> Callable[..., object]:
    return django_capture_on_commit_callbacks


# create_relationship


def test_create_relationship_starts_solo(alice: User) -> None:
    relationship = services.create_relationship(owner=alice, kind="friend", other_name="Dee")

    assert (relationship.state, relationship.other) == (Relationship.State.SOLO, None)


def test_create_relationship_tidies_spaces_in_name(alice: User) -> None:
    relationship = services.create_relationship(
        owner=alice, kind="family", other_name="  Aunt \t  May \n"
    )

    assert relationship.other_name == "Aunt May"


def test_relationships_of_lists_owned_and_joined(
    alice: User, bob: User, carol: User, partners: Relationship
) -> None:
    owned = RelationshipFactory(owner=bob, other_name="Dee")
    RelationshipFactory(owner=carol, other_name="Eve")

    assert list(services.relationships_of(bob)) == [partners, owned]


# create_invitation


def test_create_invitation_is_pending(invitation: Invitation) -> None:
    assert invitation.status == Invitation.Status.PENDING


def test_create_invitation_lasts_seven_days(invitation: Invitation) -> None:
    assert invitation.expires_at - invitation.created_at == timedelta(days=7)


def test_create_invitation_finds_by_its_token(invitation: Invitation) -> None:
    assert services.find_invitation(invitation.token) == invitation


def test_create_invitation_stores_token_only_as_digest_and_ciphertext(
    invitation: Invitation,
) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT token, token_digest FROM relationships_invitation WHERE id = %s",
            [invitation.pk],
        )
        row = cursor.fetchone()

    assert invitation.token not in "".join(row)


def test_create_invitation_makes_unguessable_tokens(solo: Relationship) -> None:
    tokens = {invite(solo).token for _ in range(5)}

    assert len(tokens) == 5
    assert min(len(token) for token in tokens) >= 40


def test_create_invitation_withdraws_older_pending_link(
    solo: Relationship, invitation: Invitation
) -> None:
    invite(solo)
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.WITHDRAWN


def test_create_invitation_leaves_one_pending_link(solo: Relationship) -> None:
    invite(solo)
    newest = invite(solo)

    assert list(solo.invitations.filter(status=Invitation.Status.PENDING)) == [newest]


def test_create_invitation_refuses_linked_relationship(partners: Relationship) -> None:
    with pytest.raises(ValueError, match="waiting"):
        invite(partners)


def test_create_invitation_refuses_ended_relationship(alice: User, solo: Relationship) -> None:
    services.end_relationship(relationship=solo, by=alice)
    solo.refresh_from_db()

    with pytest.raises(ValueError, match="waiting"):
        invite(solo)


def test_create_invitation_tidies_email(solo: Relationship) -> None:
    invitation = invite(solo, email="  Bob@Example.ORG ")

    assert invitation.email == "bob@example.org"


def test_create_invitation_emails_link_after_commit(
    solo: Relationship, capture_commits: Callable[..., object]
) -> None:
    with capture_commits(execute=True):
        invitation = invite(solo, email="bob@example.org")

    assert [(m.to, invite_url(invitation.token) in m.body) for m in mail.outbox] == [
        (["bob@example.org"], True)
    ]


def test_create_invitation_emails_nothing_before_commit(
    solo: Relationship, capture_commits: Callable[..., object]
) -> None:
    with capture_commits(execute=False) as callbacks:
        invite(solo, email="bob@example.org")

    assert (len(callbacks), mail.outbox) == (1, [])


def test_create_invitation_survives_mail_failure(
    solo: Relationship, capture_commits: Callable[..., object], monkeypatch: pytest.MonkeyPatch
) -> None:
    def mail_server_down(**kwargs: object) -> None:
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(services, "send_mail", mail_server_down)

    with capture_commits(execute=True):
        invitation = invite(solo, email="bob@example.org")

    assert services.pending_invitation(solo) == invitation


def test_create_invitation_without_address_emails_nothing(
    solo: Relationship, capture_commits: Callable[..., object]
) -> None:
    with capture_commits(execute=True) as callbacks:
        invite(solo)

    assert (callbacks, mail.outbox) == ([], [])


def test_create_invitation_email_includes_message(
    solo: Relationship, capture_commits: Callable[..., object]
) -> None:
    with capture_commits(execute=True):
        invite(solo, email="bob@example.org", message="Shall we try this together?")

    assert "Shall we try this together?" in mail.outbox[0].body


def test_create_invitation_email_keeps_names_unescaped(
    solo: Relationship, capture_commits: Callable[..., object]
) -> None:
    solo.owner.display_name = "Zoë O'Brien & co"
    solo.owner.save()

    with capture_commits(execute=True):
        invite(solo, email="bob@example.org", message="<3 & more")

    assert "Zoë O'Brien & co has invited you" in mail.outbox[0].subject


def test_create_invitation_email_keeps_message_unescaped(
    solo: Relationship, capture_commits: Callable[..., object]
) -> None:
    with capture_commits(execute=True):
        invite(solo, email="bob@example.org", message="<3 & more")

    assert "<3 & more" in mail.outbox[0].body


# withdraw_invitation


def test_withdraw_invitation_stops_pending_link(solo: Relationship, invitation: Invitation) -> None:
    services.withdraw_invitation(relationship=solo)
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.WITHDRAWN


def test_withdraw_invitation_counts_what_it_withdrew(
    solo: Relationship, invitation: Invitation
) -> None:
    assert services.withdraw_invitation(relationship=solo) == 1


def test_withdraw_invitation_keeps_answered_links(
    solo: Relationship, invitation: Invitation, bob: User
) -> None:
    services.decline_invitation(invitation=invitation, user=bob)
    services.withdraw_invitation(relationship=solo)
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.DECLINED


# find_invitation and pending_invitation


@pytest.mark.parametrize(
    "token", ["", "nope", "x" * 201, "x" * 100_000], ids=["empty", "unknown", "long", "huge"]
)
def test_find_invitation_finds_nothing_for_wrong_token(invitation: Invitation, token: str) -> None:
    assert services.find_invitation(token) is None


def test_find_invitation_ignores_digest_as_token(invitation: Invitation) -> None:
    assert services.find_invitation(invitation.token_digest) is None


def test_pending_invitation_ignores_expired_link(
    solo: Relationship, invitation: Invitation
) -> None:
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())

    assert services.pending_invitation(solo) is None


# refusal_for


def expire(invitation: Invitation) -> None:
    invitation.expires_at = timezone.now() - timedelta(seconds=1)
    invitation.save(update_fields=["expires_at"])


def test_refusal_for_missing_invitation_is_unknown(bob: User) -> None:
    assert services.refusal_for(None, bob) is Refusal.UNKNOWN


def test_refusal_for_usable_invitation_is_none(invitation: Invitation, bob: User) -> None:
    assert services.refusal_for(invitation, bob) is None


def test_refusal_for_anonymous_lets_them_look(invitation: Invitation) -> None:
    assert services.refusal_for(invitation, None) is None


def test_refusal_for_accepted_invitation_is_used(invitation: Invitation, bob: User) -> None:
    services.accept_invitation(invitation=invitation, user=bob)
    invitation.refresh_from_db()

    assert services.refusal_for(invitation, bob) is Refusal.USED


def test_refusal_for_declined_invitation_is_used(invitation: Invitation, bob: User) -> None:
    services.decline_invitation(invitation=invitation, user=bob)
    invitation.refresh_from_db()

    assert services.refusal_for(invitation, bob) is Refusal.USED


def test_refusal_for_withdrawn_invitation_is_withdrawn(
    solo: Relationship, invitation: Invitation, bob: User
) -> None:
    services.withdraw_invitation(relationship=solo)
    invitation.refresh_from_db()

    assert services.refusal_for(invitation, bob) is Refusal.WITHDRAWN


def test_refusal_for_expired_invitation_is_expired(invitation: Invitation, bob: User) -> None:
    expire(invitation)

    assert services.refusal_for(invitation, bob) is Refusal.EXPIRED


def test_refusal_for_expired_invitation_is_expired_for_anonymous(
    invitation: Invitation,
) -> None:
    expire(invitation)

    assert services.refusal_for(invitation, None) is Refusal.EXPIRED


def test_refusal_for_invitation_to_linked_relationship_is_closed(
    alice: User, bob: User, carol: User
) -> None:
    # A pending link left behind on a relationship that is no longer waiting.
    stale = InvitationFactory(relationship=linked(alice, carol))

    assert services.refusal_for(stale, bob) is Refusal.CLOSED


def test_refusal_for_own_invitation_is_own(invitation: Invitation, alice: User) -> None:
    assert services.refusal_for(invitation, alice) is Refusal.OWN


def test_refusal_for_same_kind_already_linked_is_already_linked(
    alice: User, bob: User, partners: Relationship
) -> None:
    second = invite(RelationshipFactory(owner=alice, other_name="Bob again"))

    assert services.refusal_for(second, bob) is Refusal.ALREADY_LINKED


def test_refusal_for_same_kind_already_linked_other_way_round_is_already_linked(
    alice: User, bob: User, partners: Relationship
) -> None:
    from_bob = invite(RelationshipFactory(owner=bob, other_name="Alice"))

    assert services.refusal_for(from_bob, alice) is Refusal.ALREADY_LINKED


def test_refusal_for_other_kind_while_linked_is_none(
    alice: User, bob: User, partners: Relationship
) -> None:
    friends = invite(RelationshipFactory(owner=alice, kind="friend", other_name="Bob"))

    assert services.refusal_for(friends, bob) is None


def test_refusal_for_same_kind_after_ending_is_none(
    alice: User, bob: User, partners: Relationship
) -> None:
    services.end_relationship(relationship=partners, by=alice)
    again = invite(RelationshipFactory(owner=alice, other_name="Bob"))

    assert services.refusal_for(again, bob) is None


# accept_invitation


def test_accept_invitation_links_relationship(
    alice: User, bob: User, invitation: Invitation
) -> None:
    relationship = services.accept_invitation(invitation=invitation, user=bob)
    relationship.refresh_from_db()

    assert (relationship.state, relationship.other, relationship.pair_key) == (
        Relationship.State.LINKED,
        bob,
        f"partner:{min(alice.pk, bob.pk)}:{max(alice.pk, bob.pk)}",
    )


def test_accept_invitation_records_when(bob: User, invitation: Invitation) -> None:
    before = timezone.now()
    relationship = services.accept_invitation(invitation=invitation, user=bob)

    assert relationship.linked_at is not None
    assert relationship.linked_at >= before


def test_accept_invitation_uses_up_link(bob: User, invitation: Invitation) -> None:
    services.accept_invitation(invitation=invitation, user=bob)
    invitation.refresh_from_db()

    assert (invitation.status, invitation.responded_at is not None) == (
        Invitation.Status.ACCEPTED,
        True,
    )


def test_accept_invitation_twice_is_refused_as_used(
    bob: User, carol: User, invitation: Invitation
) -> None:
    services.accept_invitation(invitation=invitation, user=bob)

    with pytest.raises(InvitationRefused) as refusal:
        services.accept_invitation(invitation=invitation, user=carol)

    assert refusal.value.reason is Refusal.USED


def test_accept_invitation_refuses_owner(
    alice: User, solo: Relationship, invitation: Invitation
) -> None:
    with pytest.raises(InvitationRefused) as refusal:
        services.accept_invitation(invitation=invitation, user=alice)

    assert refusal.value.reason is Refusal.OWN


def test_accept_invitation_refused_changes_nothing(
    alice: User, solo: Relationship, invitation: Invitation
) -> None:
    with pytest.raises(InvitationRefused):
        services.accept_invitation(invitation=invitation, user=alice)
    solo.refresh_from_db()
    invitation.refresh_from_db()

    assert (solo.state, invitation.status) == (Relationship.State.SOLO, Invitation.Status.PENDING)


def test_accept_invitation_refuses_expired_link(bob: User, invitation: Invitation) -> None:
    expire(invitation)

    with pytest.raises(InvitationRefused) as refusal:
        services.accept_invitation(invitation=invitation, user=bob)

    assert refusal.value.reason is Refusal.EXPIRED


def test_accept_invitation_falls_back_on_constraint_when_pair_links_meanwhile(
    alice: User, bob: User, partners: Relationship, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two acceptances at once: the check passed for both, the database keeps one.
    second = invite(RelationshipFactory(owner=alice, other_name="Bob"))
    monkeypatch.setattr(services, "refusal_for", lambda invitation, user: None)

    with pytest.raises(InvitationRefused) as refusal:
        services.accept_invitation(invitation=second, user=bob)

    assert refusal.value.reason is Refusal.ALREADY_LINKED


def test_accept_invitation_lets_one_person_hold_several_links(
    alice: User, bob: User, carol: User
) -> None:
    services.accept_invitation(invitation=invite(RelationshipFactory(owner=alice)), user=bob)
    services.accept_invitation(invitation=invite(RelationshipFactory(owner=carol)), user=bob)

    assert [r.state for r in services.relationships_of(bob)] == ["linked", "linked"]


# decline_invitation


def test_decline_invitation_leaves_relationship_solo(
    solo: Relationship, invitation: Invitation, bob: User
) -> None:
    services.decline_invitation(invitation=invitation, user=bob)
    solo.refresh_from_db()

    assert (solo.state, solo.other) == (Relationship.State.SOLO, None)


def test_decline_invitation_uses_up_link(invitation: Invitation, bob: User) -> None:
    services.decline_invitation(invitation=invitation, user=bob)
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.DECLINED


def test_decline_invitation_refuses_owner(invitation: Invitation, alice: User) -> None:
    with pytest.raises(InvitationRefused) as refusal:
        services.decline_invitation(invitation=invitation, user=alice)

    assert refusal.value.reason is Refusal.OWN


# end_relationship


def test_end_relationship_ends_for_both(partners: Relationship, bob: User) -> None:
    services.end_relationship(relationship=partners, by=bob)
    partners.refresh_from_db()

    assert (partners.state, partners.ended_at is not None) == (Relationship.State.ENDED, True)


def test_end_relationship_withdraws_pending_link(
    solo: Relationship, invitation: Invitation, alice: User
) -> None:
    services.end_relationship(relationship=solo, by=alice)
    invitation.refresh_from_db()

    assert invitation.status == Invitation.Status.WITHDRAWN


def test_end_relationship_refuses_stranger(partners: Relationship, carol: User) -> None:
    with pytest.raises(PermissionError):
        services.end_relationship(relationship=partners, by=carol)


def test_end_relationship_by_stranger_changes_nothing(partners: Relationship, carol: User) -> None:
    with pytest.raises(PermissionError):
        services.end_relationship(relationship=partners, by=carol)
    partners.refresh_from_db()

    assert partners.state == Relationship.State.LINKED


def test_end_relationship_twice_keeps_first_date(partners: Relationship, alice: User) -> None:
    first = services.end_relationship(relationship=partners, by=alice)
    second = services.end_relationship(relationship=partners, by=alice)

    assert second.ended_at == first.ended_at


def test_end_relationship_frees_pair_to_link_again(
    alice: User, bob: User, partners: Relationship
) -> None:
    services.end_relationship(relationship=partners, by=alice)
    again = invite(RelationshipFactory(owner=bob, other_name="Alice"))

    relationship = services.accept_invitation(invitation=again, user=alice)

    assert relationship.is_linked


def test_deleting_account_keeps_relationships_consistent(
    alice: User, bob: User, partners: Relationship
) -> None:
    bob.delete()
    partners.refresh_from_db()

    assert (partners.other, partners.state) == (None, Relationship.State.ENDED)
