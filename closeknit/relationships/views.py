from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from closeknit.accounts.models import User
from closeknit.relationships import services
from closeknit.relationships.forms import InvitationForm, RelationshipForm
from closeknit.relationships.models import Invitation, Relationship
from closeknit.relationships.services import Refusal

REFUSAL_STATUS = {
    Refusal.UNKNOWN: 404,
    Refusal.USED: 410,
    Refusal.EXPIRED: 410,
    Refusal.WITHDRAWN: 410,
    Refusal.CLOSED: 410,
    Refusal.OWN: 409,
    Refusal.ALREADY_LINKED: 409,
}


def membership_or_404(request: HttpRequest, pk: int) -> Relationship:
    """The relationship if the signed-in person belongs to it; otherwise, as if it didn't exist."""
    relationship = get_object_or_404(Relationship.objects.select_related("owner", "other"), pk=pk)
    if not relationship.has_member(request.user):
        raise Http404("No such relationship.")
    return relationship


def invitation_url(request: HttpRequest, token: str) -> str:
    return request.build_absolute_uri(reverse("relationships:invitation", args=[token]))


@login_required
@require_http_methods(["GET", "POST"])
def create(request: HttpRequest) -> HttpResponse:
    # An empty POST is still a submission: it must say what is missing.
    form = RelationshipForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        relationship = services.create_relationship(
            owner=request.user,
            kind=form.cleaned_data["kind"],
            other_name=form.cleaned_data["other_name"],
        )
        messages.success(
            request,
            _("%(name)s is on your Today page. You can invite them whenever it feels right.")
            % {"name": relationship.other_name},
        )
        return redirect("relationships:detail", pk=relationship.pk)
    return render(request, "relationships/create.html", {"form": form})


def detail_context(
    request: HttpRequest, relationship: Relationship, form: InvitationForm | None = None
) -> dict[str, object]:
    pending = services.pending_invitation(relationship)
    is_owner = relationship.owner_id == request.user.pk
    return {
        "relationship": relationship,
        "name": relationship.name_for(request.user),
        "is_owner": is_owner,
        "pending": pending,
        "pending_url": invitation_url(request, pending.token) if pending else "",
        "form": form or InvitationForm(inviter=request.user),
        "can_invite": is_owner and relationship.is_solo,
        "invitation_days": settings.INVITATION_DAYS,
    }


@login_required
@require_http_methods(["GET"])
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = membership_or_404(request, pk)
    return render(request, "relationships/detail.html", detail_context(request, relationship))


def render_invite_panel(
    request: HttpRequest, relationship: Relationship, form: InvitationForm, status: int = 200
) -> HttpResponse:
    context = detail_context(request, relationship, form)
    template = "relationships/detail.html"
    if request.htmx:
        template += "#invite-panel"
    return render(request, template, context, status=status)


@login_required
@require_POST
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = membership_or_404(request, pk)
    if relationship.owner_id != request.user.pk or not relationship.is_solo:
        raise Http404("Only the person who started a solo relationship can invite.")
    form = InvitationForm(request.POST, inviter=request.user)
    if not form.is_valid():
        return render_invite_panel(request, relationship, form, status=400)
    services.create_invitation(
        relationship=relationship,
        email=form.cleaned_data["email"],
        message=form.cleaned_data["message"],
        invite_url_for=lambda token: invitation_url(request, token),
    )
    if request.htmx:
        return render_invite_panel(request, relationship, InvitationForm(inviter=request.user))
    messages.success(request, _("Your invitation link is ready."))
    return redirect("relationships:detail", pk=relationship.pk)


@login_required
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = membership_or_404(request, pk)
    if relationship.owner_id != request.user.pk:
        raise Http404("Only the person who made the link can withdraw it.")
    if services.withdraw_invitation(relationship=relationship):
        messages.success(request, _("The link no longer works. You can make a new one any time."))
    if request.htmx:
        return render_invite_panel(request, relationship, InvitationForm(inviter=request.user))
    return redirect("relationships:detail", pk=relationship.pk)


@login_required
@require_http_methods(["GET", "POST"])
def end(request: HttpRequest, pk: int) -> HttpResponse:
    relationship = membership_or_404(request, pk)
    name = relationship.name_for(request.user)
    if relationship.is_ended:
        return redirect("relationships:detail", pk=relationship.pk)
    if request.method == "POST":
        was_linked = relationship.is_linked
        services.end_relationship(relationship=relationship, by=request.user)
        if was_linked:
            text = _("You and %(name)s are no longer linked. Nothing more is shared between you.")
        else:
            text = _("%(name)s is no longer on your Today page.")
        messages.success(request, text % {"name": name})
        return redirect("home:today")
    return render(request, "relationships/end.html", {"relationship": relationship, "name": name})


def refused(request: HttpRequest, reason: Refusal, invitation: Invitation | None) -> HttpResponse:
    context = {
        "reason": reason.value,
        "invitation": invitation,
        "invitation_days": settings.INVITATION_DAYS,
    }
    if invitation is not None:
        context["relationship"] = invitation.relationship
    return render(
        request,
        "relationships/invitation_refused.html",
        context,
        status=REFUSAL_STATUS[reason],
    )


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    """The page the invited person opens: look, then sign up or in, then accept or decline."""
    found = services.find_invitation(token)
    user: User | None = request.user if request.user.is_authenticated else None
    reason = services.refusal_for(found, user)
    if reason is not None or found is None:
        return refused(request, reason or Refusal.UNKNOWN, found)
    if request.method == "POST":
        if user is None:
            return redirect_to_login(request.get_full_path())
        return answer_invitation(request, found, user)
    return render(
        request,
        "relationships/invitation.html",
        {"invitation": found, "relationship": found.relationship, "path": request.path},
    )


def answer_invitation(request: HttpRequest, found: Invitation, user: User) -> HttpResponse:
    answer = request.POST.get("answer")
    if answer not in {"accept", "decline"}:
        return render(
            request,
            "relationships/invitation.html",
            {
                "invitation": found,
                "relationship": found.relationship,
                "path": request.path,
                "answer_error": _("Please choose whether to join or to say no, thank you."),
            },
            status=400,
        )
    try:
        if answer == "accept":
            relationship = services.accept_invitation(invitation=found, user=user)
        else:
            services.decline_invitation(invitation=found, user=user)
    except services.InvitationRefused as refusal:
        return refused(request, refusal.reason, found)
    if answer == "decline":
        messages.success(request, _("You said no, thank you. Nothing was shared."))
        return redirect("home:today")
    messages.success(
        request,
        _("You and %(name)s are linked now.") % {"name": relationship.name_for(user)},
    )
    return redirect("relationships:detail", pk=relationship.pk)
