from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from closeknit_core.coach.transcript import Transcript, TranscriptError, parse_transcript
from closeknit_core.coach.types import MAX_MESSAGE_CHARS

TOO_LONG = _(
    "That's more than the coach reads at once (%(limit_value)s characters). "
    "Try one message, or part of it."
)


class DraftForm(forms.Form):
    text = forms.CharField(
        label=_("Your words"),
        max_length=MAX_MESSAGE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "true"}),
        help_text=_("A message you're about to send, or something you'd like to say."),
        error_messages={
            "required": _("Write a few words first, and the coach will read them."),
            "max_length": TOO_LONG,
        },
    )
    previous = forms.CharField(
        label=_("What they said just before (optional)"),
        required=False,
        max_length=MAX_MESSAGE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("It helps the coach notice when you reflect back what you heard."),
        error_messages={"max_length": TOO_LONG},
    )

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"]
        if not text.strip():
            raise forms.ValidationError(_("Write a few words first, and the coach will read them."))
        return text


# A conversation pasted into the page: long enough for an evening's argument,
# short enough to answer quickly on a small server.
MAX_CONVERSATION_CHARS = 50_000
NOTHING_PASTED = _("Paste a conversation first, and the coach will read it.")


class ConversationForm(forms.Form):
    transcript = forms.CharField(
        label=_("The conversation"),
        max_length=MAX_CONVERSATION_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
        help_text=_(
            "One turn per line, each starting with a name and a colon, like “Sam: I'm home.” "
            "Times such as [01:20] at the start of a line are welcome."
        ),
        error_messages={
            "required": NOTHING_PASTED,
            "max_length": _(
                "That's more than the coach reads at once (%(limit_value)s characters). "
                "Try a part of the conversation."
            ),
        },
    )

    def clean_transcript(self) -> Transcript:
        raw: str = self.cleaned_data["transcript"]
        if not raw.strip():
            raise forms.ValidationError(
                _("Paste a conversation first, and the coach will read it.")
            )
        try:
            transcript = parse_transcript(raw)
        except TranscriptError as error:
            raise forms.ValidationError(
                _("The coach couldn't read this conversation: %(problem)s"),
                params={"problem": str(error)},
            ) from None
        if len({turn.speaker for turn in transcript.turns}) < 2:
            raise forms.ValidationError(
                _("The coach needs turns from at least two people, each line starting “Name:”.")
            )
        return transcript
