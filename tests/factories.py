"""factory_boy factories for the people and relationships every test needs."""

from __future__ import annotations

from datetime import timedelta

import factory
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.relationships.models import Invitation, Relationship
from closeknit.relationships.services import digest_token

PASSWORD = "a quiet walk by the river"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    time_zone = "Europe/London"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            self.save()


class RelationshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Relationship

    kind = Relationship.Kind.PARTNER
    owner = factory.SubFactory(UserFactory)
    other_name = "Sam"


def linked(owner: User, other: User, kind: str = Relationship.Kind.PARTNER) -> Relationship:
    """A relationship already joined by ``other``."""
    return RelationshipFactory(
        owner=owner,
        other=other,
        kind=kind,
        other_name=other.display_name,
        state=Relationship.State.LINKED,
        linked_at=timezone.now(),
        pair_key=Relationship.make_pair_key(kind, owner.pk, other.pk),
    )


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Invitation
        exclude = ["raw_token"]

    relationship = factory.SubFactory(RelationshipFactory)
    raw_token = factory.Sequence(lambda n: f"test-token-{n:04d}-abcdefghijklmnop")
    token = factory.LazyAttribute(lambda o: o.raw_token)
    token_digest = factory.LazyAttribute(lambda o: digest_token(o.raw_token))
    expires_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))
