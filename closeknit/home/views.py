from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from closeknit.relationships import services


@require_http_methods(["GET"])
def today(request: HttpRequest) -> HttpResponse:
    """Today for someone signed in; a short welcome for everyone else."""
    if not request.user.is_authenticated:
        return render(request, "home/welcome.html")
    relationships = list(services.relationships_of(request.user))
    cards = [
        {
            "relationship": relationship,
            "name": relationship.name_for(request.user),
            "is_owner": relationship.owner_id == request.user.pk,
            "pending": services.pending_invitation(relationship) if relationship.is_solo else None,
        }
        for relationship in relationships
    ]
    return render(
        request,
        "home/today.html",
        {
            "current": [card for card in cards if not card["relationship"].is_ended],
            "ended": [card for card in cards if card["relationship"].is_ended],
        },
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Django's CSRF refusal, in our own words and design."""
    return render(request, "403_csrf.html", status=403)
