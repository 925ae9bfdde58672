from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from closeknit_core.instruments import Entry
from closeknit_core.instruments.texts import TextPack


class AnswersForm(forms.Form):
    """Every asked item of one instrument as a row of choices; blanks are allowed here and
    judged by the instrument's missing-answer policy when the person finishes."""

    def __init__(
        self,
        *args: Any,
        entry: Entry,
        pack: TextPack,
        name: str | None,
        kind: str | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for number, item in enumerate(entry.instrument.asked_items(kind), start=1):
            labels = pack.scale_labels[item.scale.id]
            choices = [
                (str(v), labels[v - item.scale.min])
                for v in range(item.scale.min, item.scale.max + 1)
            ]
            self.fields[item.id] = forms.TypedChoiceField(
                label=f"{number}. {pack.items[item.id].wording(name)}",
                choices=choices,
                coerce=int,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect(attrs={"class": "scale"}),
                # Django's own message repeats the posted value, which may be anything
                error_messages={"invalid_choice": _("Please choose one of the answers.")},
                help_text=_("You can skip this one.") if item.skippable else "",
            )


class StartForm(forms.Form):
    about = forms.CharField(max_length=20)


class ShareForm(forms.Form):
    share = forms.TypedChoiceField(choices=[("1", "1"), ("0", "0")], coerce=lambda v: v == "1")
