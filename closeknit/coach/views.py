from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from closeknit.coach.forms import ConversationForm, DraftForm
from closeknit_core.coach import analyze_message
from closeknit_core.coach.conversation import analyze_conversation
from closeknit_core.coach.report import group_by_kind, segments, strongest_emotions


@login_required
@require_http_methods(["GET", "POST"])
def draft(request: HttpRequest) -> HttpResponse:
    """Read a draft and show what may land hard, what helps, and a gentler wording.

    Nothing typed here is stored: the text lives only in this request and its answer.
    """
    form = DraftForm(request.POST if request.method == "POST" else None)
    context: dict[str, object] = {"form": form}
    status = 200
    if form.is_bound:
        if form.is_valid():
            analysis = analyze_message(
                form.cleaned_data["text"],
                previous=form.cleaned_data["previous"] or None,
                learned=settings.COACH_LEARNED,
            )
            groups = group_by_kind(analysis.findings)
            context.update(
                analysis=analysis,
                pieces=segments(analysis.text, analysis.findings),
                pitfalls=[group for group in groups if group.is_pitfall],
                habits=[group for group in groups if not group.is_pitfall],
                feelings=strongest_emotions(analysis),
            )
        else:
            status = 400
    template = "coach/draft.html#result" if request.htmx else "coach/draft.html"
    return render(request, template, context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def conversation(request: HttpRequest) -> HttpResponse:
    """Read a pasted conversation and describe what happened between the people in it.

    Like the draft page, it stores nothing.
    """
    form = ConversationForm(request.POST if request.method == "POST" else None)
    context: dict[str, object] = {"form": form}
    status = 200
    if form.is_bound:
        if form.is_valid():
            transcript = form.cleaned_data["transcript"]
            analysis = analyze_conversation(transcript.turns)
            context.update(
                analysis=analysis,
                skipped=transcript.problems,
                turns=[
                    {
                        "speaker": turn.turn.speaker,
                        "pieces": segments(turn.turn.text, turn.findings),
                        "groups": group_by_kind(turn.findings),
                    }
                    for turn in analysis.turns
                ],
                people=[
                    {
                        "speaker": summary.speaker,
                        "word_percent": round(summary.word_share * 100),
                        "positive": summary.positive,
                        "negative": summary.negative,
                        "listening": summary.listening,
                    }
                    for summary in analysis.speakers
                ],
            )
        else:
            status = 400
    template = "coach/conversation.html#result" if request.htmx else "coach/conversation.html"
    return render(request, template, context, status=status)
