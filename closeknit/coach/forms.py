from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

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
