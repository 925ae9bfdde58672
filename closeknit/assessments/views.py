from __future__ import annotations

import json
import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from closeknit.assessments import presentation, services
from closeknit.assessments.forms import AnswersForm, ShareForm, StartForm
from closeknit.assessments.models import Assessment
from closeknit.relationships.models import Relationship
from closeknit.relationships.services import relationships_of
from closeknit_core.instruments import AnswerError, Entry, UnknownInstrumentError

GENERAL = "general"
ID_PATTERN = re.compile(r"[0-9]{1,18}")


def entry_or_404(instrument_id: str) -> Entry:
    try:
        return services.catalogue().get(instrument_id)
    except UnknownInstrumentError:
        raise Http404("No such questionnaire.") from None


def own_assessment_or_404(request: HttpRequest, pk: int) -> tuple[Assessment, Entry]:
    """The signed-in person's own assessment; anyone else's is as if it didn't exist."""
    assessment = get_object_or_404(
        Assessment.objects.select_related("relationship__owner", "relationship__other"),
        pk=pk,
        person=request.user,
    )
    return assessment, entry_or_404(assessment.instrument)


def relationship_or_404(request: HttpRequest, about: str) -> Relationship | None:
    """``about`` is "general" or the id of one of the person's relationships."""
    if about == GENERAL:
        return None
    # ASCII digits only ("²".isdigit() is true), and short enough for a database integer
    if not ID_PATTERN.fullmatch(about):
        raise Http404("No such relationship.")
    relationship = get_object_or_404(
        Relationship.objects.select_related("owner", "other"), pk=int(about)
    )
    if not relationship.has_member(request.user):
        raise Http404("No such relationship.")
    return relationship


def name_in(request: HttpRequest, assessment: Assessment) -> str | None:
    if assessment.relationship is None:
        return None
    return assessment.relationship.name_for(request.user)


@login_required
@require_GET
def index(request: HttpRequest) -> HttpResponse:
    """Every questionnaire, with whom it can be about and any results so far."""
    relationships = [r for r in relationships_of(request.user) if not r.is_ended]
    taken = set(
        Assessment.objects.filter(person=request.user, completed_at__isnull=False).values_list(
            "instrument", "relationship_id"
        )
    )
    cards = []
    for entry in services.catalogue():
        pack = entry.text(request.LANGUAGE_CODE)
        choices = [
            {"about": str(r.pk), "label": r.name_for(request.user)}
            for r in relationships
            if services.can_take(entry, r)
        ]
        if services.can_take(entry, None):
            choices.append({"about": GENERAL, "label": _("Close relationships in general")})
        history = [
            {"about": c["about"], "label": c["label"]}
            for c in choices
            if (entry.instrument.id, None if c["about"] == GENERAL else int(c["about"])) in taken
        ]
        cards.append({"entry": entry, "pack": pack, "choices": choices, "history": history})
    return render(
        request,
        "assessments/index.html",
        {"cards": cards, "has_relationships": bool(relationships)},
    )


@login_required
@require_POST
def start(request: HttpRequest, instrument: str) -> HttpResponse:
    entry = entry_or_404(instrument)
    form = StartForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose who this is about."))
        return redirect("assessments:index")
    relationship = relationship_or_404(request, form.cleaned_data["about"])
    if (relationship is not None and relationship.is_ended) or not services.can_take(
        entry, relationship
    ):
        messages.error(request, _("This questionnaire isn't available for that choice."))
        return redirect("assessments:index")
    assessment = services.open_assessment(
        person=request.user, entry=entry, relationship=relationship
    )
    return redirect("assessments:take", pk=assessment.pk)


def take_context(
    request: HttpRequest, assessment: Assessment, entry: Entry, form: AnswersForm
) -> dict[str, Any]:
    answers = assessment.answers
    asked = entry.instrument.asked_items(services.kind_of(assessment))
    pack = entry.text(request.LANGUAGE_CODE)
    return {
        "assessment": assessment,
        "entry": entry,
        "pack": pack,
        "form": form,
        "intro": pack.intro_for(name_in(request, assessment)),
        "answered": sum(1 for item in asked if answers.get(item.id) is not None),
        "total": len(asked),
    }


def answers_form(
    request: HttpRequest, assessment: Assessment, entry: Entry, data: Any = None
) -> AnswersForm:
    return AnswersForm(
        data,
        initial=assessment.answers,
        entry=entry,
        pack=entry.text(request.LANGUAGE_CODE),
        name=name_in(request, assessment),
        kind=services.kind_of(assessment),
    )


def posted_answers(
    request: HttpRequest, assessment: Assessment, entry: Entry
) -> dict[str, int | None]:
    """The valid answers in the POST, each checked on its own; others are left out."""
    answers: dict[str, int | None] = {}
    for item in entry.instrument.asked_items(services.kind_of(assessment)):
        values = request.POST.getlist(item.id)
        if len(values) != 1:  # absent, or several answers to one question: neither counts
            continue
        try:
            answers[item.id] = services.check_answer(entry, assessment, item.id, values[0])
        except AnswerError:
            continue
    return answers


@login_required
@require_http_methods(["GET", "POST"])
def take(request: HttpRequest, pk: int) -> HttpResponse:
    """The whole questionnaire on one page; finishing scores it."""
    assessment, entry = own_assessment_or_404(request, pk)
    if assessment.is_complete:
        return redirect("assessments:result", pk=assessment.pk)
    if request.method == "GET":
        form = answers_form(request, assessment, entry)
        return render(
            request, "assessments/take.html", take_context(request, assessment, entry, form)
        )
    # Keep every valid answer first, so nothing given is lost if finishing fails.
    assessment = services.save_answers(
        assessment=assessment, answers=posted_answers(request, assessment, entry)
    )
    form = answers_form(request, assessment, entry, request.POST)
    form.is_valid()
    try:
        services.complete(assessment=assessment, entry=entry)
    except AnswerError as error:
        for problem in error.problems:
            if problem.item in form.fields:
                form.add_error(problem.item, presentation.problem_text(problem))
        form.add_error(None, _("A few questions still need an answer. They are marked below."))
        context = take_context(request, assessment, entry, form)
        return render(request, "assessments/take.html", context, status=400)
    return redirect("assessments:result", pk=assessment.pk)


@login_required
@require_POST
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Save answers as they are given (htmx), or all at once to finish later."""
    assessment, entry = own_assessment_or_404(request, pk)
    if not assessment.is_complete:
        assessment = services.save_answers(
            assessment=assessment, answers=posted_answers(request, assessment, entry)
        )
    if not request.htmx:
        # "Save and finish later" without JavaScript
        messages.success(
            request, _("Your answers are saved. You can come back and finish whenever you like.")
        )
        return redirect("assessments:index")
    if assessment.is_complete:
        return HttpResponse(status=204)
    form = answers_form(request, assessment, entry)
    context = take_context(request, assessment, entry, form)
    return render(request, "assessments/take.html#progress", context)


@login_required
@require_GET
def result(request: HttpRequest, pk: int) -> HttpResponse:
    assessment, entry = own_assessment_or_404(request, pk)
    if not assessment.is_complete:
        return redirect("assessments:take", pk=assessment.pk)
    earlier = (
        services.results(
            person=request.user,
            instrument_id=assessment.instrument,
            relationship=assessment.relationship,
        )
        .filter(completed_at__lt=assessment.completed_at)
        .last()
    )
    context = presentation.result_context(
        entry=entry,
        pack=entry.text(request.LANGUAGE_CODE),
        assessment=assessment,
        earlier=earlier,
        name=name_in(request, assessment),
    )
    context["share_form_value"] = "0" if assessment.is_shared else "1"
    context["can_share"] = bool(assessment.relationship and assessment.relationship.is_linked)
    context["about"] = str(assessment.relationship_id or GENERAL)
    return render(request, "assessments/result.html", context)


@login_required
@require_GET
def result_fhir(request: HttpRequest, pk: int) -> HttpResponse:
    """A finished result as a FHIR QuestionnaireResponse, to keep or to take to a clinician."""
    # fhir.resources takes about two seconds to import: only the downloads pay for it
    from closeknit_core.instruments import fhir

    assessment, entry = own_assessment_or_404(request, pk)
    if not assessment.is_complete or assessment.completed_at is None:
        raise Http404("Only a finished result can be downloaded.")
    resource = fhir.questionnaire_response(
        entry,
        assessment.answers,
        services.scores_of(assessment),
        authored=assessment.completed_at,
        response_id=f"closeknit-{assessment.pk}",
        language=request.LANGUAGE_CODE,
    )
    return fhir_download(resource, f"{entry.instrument.id}-{assessment.completed_at:%Y-%m-%d}")


@login_required
@require_GET
def instrument_fhir(request: HttpRequest, instrument: str) -> HttpResponse:
    """A questionnaire as a FHIR Questionnaire, item weights included."""
    from closeknit_core.instruments import fhir

    entry = entry_or_404(instrument)
    return fhir_download(fhir.questionnaire(entry, request.LANGUAGE_CODE), entry.instrument.id)


def fhir_download(resource: dict[str, Any], name: str) -> HttpResponse:
    response = HttpResponse(
        json.dumps(resource, indent=2, ensure_ascii=False),
        content_type="application/fhir+json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="closeknit-{name}.fhir.json"'
    return response


@login_required
@require_POST
def share(request: HttpRequest, pk: int) -> HttpResponse:
    assessment, _entry = own_assessment_or_404(request, pk)
    form = ShareForm(request.POST)
    relationship = assessment.relationship
    if not form.is_valid() or not assessment.is_complete or relationship is None:
        return HttpResponse(_("That choice could not be saved."), status=400)
    if not relationship.is_linked:
        return HttpResponse(_("Only a linked relationship can share results."), status=409)
    is_shared = form.cleaned_data["share"]
    services.set_sharing(assessment=assessment, is_shared=is_shared)
    name = relationship.name_for(request.user)
    if is_shared:
        messages.success(
            request, _("Shared with %(name)s. You can stop sharing at any time.") % {"name": name}
        )
    else:
        messages.success(request, _("No longer shared with %(name)s.") % {"name": name})
    return redirect("assessments:result", pk=assessment.pk)


@login_required
@require_GET
def history(request: HttpRequest, instrument: str, about: str) -> HttpResponse:
    """Every result over time, with the change since each one before."""
    entry = entry_or_404(instrument)
    relationship = relationship_or_404(request, about)
    if relationship is None and not services.can_take(entry, None):
        raise Http404("This questionnaire has no general version.")
    # Only the scores are shown: the answers stay encrypted and undecrypted.
    assessments = list(
        services.results(
            person=request.user, instrument_id=instrument, relationship=relationship
        ).defer("answers_json")
    )
    context = presentation.history_context(
        entry=entry,
        pack=entry.text(request.LANGUAGE_CODE),
        rows=services.history(entry, assessments),
    )
    context["name"] = relationship.name_for(request.user) if relationship else None
    context["about"] = about
    return render(request, "assessments/history.html", context)


@login_required
@require_GET
def together(request: HttpRequest, pk: int) -> HttpResponse:
    """Both people's shared closeness patterns on one chart, when both chose to share."""
    relationship = relationship_or_404(request, str(pk))
    if relationship is None or not relationship.is_linked:
        raise Http404("Only a linked relationship has a view together.")
    other = relationship.other if relationship.owner_id == request.user.pk else relationship.owner
    mine = services.latest_shared(relationship, request.user)
    theirs = services.latest_shared(relationship, other)
    entry = entry_or_404(services.COUPLE_INSTRUMENT)
    context = presentation.couple_context(
        entry=entry,
        pack=entry.text(request.LANGUAGE_CODE),
        mine=mine,
        theirs=theirs,
        my_name=_("You"),
        their_name=relationship.name_for(request.user),
    )
    context["relationship"] = relationship
    context["take_url"] = reverse("assessments:index")
    return render(request, "assessments/together.html", context)
