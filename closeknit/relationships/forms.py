from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit_core.text import has_visible_character, tidy_name

MESSAGE_MAX_LENGTH = 500


class RelationshipForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Who are they to you?"),
        choices=Relationship.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please choose partner, friend or family."),
            "invalid_choice": _("Please choose partner, friend or family."),
        },
    )
    other_name = forms.CharField(
        label=_("Their name"),
        max_length=60,
        help_text=_("Just for you: the name you use for them."),
        error_messages={"required": _("Please write their name, or what you call them.")},
    )

    def clean_other_name(self) -> str:
        name = tidy_name(self.cleaned_data["other_name"])
        if not has_visible_character(name):
            raise forms.ValidationError(_("Please write their name, or what you call them."))
        return name


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Their email address (optional)"),
        required=False,
        max_length=254,
        help_text=_("We'll email them the link too. You can also just copy it."),
    )
    message = forms.CharField(
        label=_("A few words to go with it (optional)"),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: object, inviter: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.inviter = inviter

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email and email == self.inviter.email.lower():
            raise forms.ValidationError(
                _("That's your own address. Invite them with theirs, or just copy the link.")
            )
        return email
