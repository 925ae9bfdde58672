from __future__ import annotations

import ipaddress
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core import validators
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from closeknit.accounts import services
from closeknit.accounts.models import User, time_zone_names
from closeknit.accounts.validators import MAX_PASSWORD_LENGTH
from closeknit_core.text import has_visible_character, tidy_name


def clean_display_name(value: str) -> str:
    name = tidy_name(value)
    if not has_visible_character(name):
        raise forms.ValidationError(_("Please tell us a name to show."))
    return name


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in time_zone_names()]


class TimeZoneField(forms.ChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            choices=time_zone_choices,
            label=_("Time zone"),
            help_text=_("Reminders and “today” follow this."),
            error_messages={"invalid_choice": _("Please pick a time zone from the list.")},
            **kwargs,
        )


class SignupForm(forms.Form):
    display_name = forms.CharField(
        label=_("Your name"),
        max_length=60,
        help_text=_("How the people you invite will see you."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Password"),
        max_length=MAX_PASSWORD_LENGTH,
        strip=False,
        help_text=_("At least 10 characters. A few unrelated words work well."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password_again = forms.CharField(
        label=_("Password again"),
        max_length=MAX_PASSWORD_LENGTH,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    time_zone = TimeZoneField(initial="UTC")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            # closeknit.js swaps UTC for the browser's own zone on a fresh form.
            self.fields["time_zone"].widget.attrs["data-detect-time-zone"] = "true"

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"])

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _("There is already an account with this address. You can sign in instead.")
            )
        return email

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password = cleaned.get("password")
        again = cleaned.get("password_again")
        # A missing or refused second password already has its own message.
        if password and again and again != password:
            self.add_error("password_again", _("The two passwords are not the same."))
        elif password:
            candidate = User(
                email=cleaned.get("email", ""), display_name=cleaned.get("display_name", "")
            )
            try:
                password_validation.validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class SignInForm(AuthenticationForm):
    """Django's sign-in form, with a pause after repeated failed attempts."""

    error_messages = {
        "invalid_login": _(
            "That email and password don't match an account. Please check both and try again."
        ),
        "inactive": _("This account is switched off."),
    }

    def __init__(self, request: HttpRequest | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Email address")
        self.fields["username"].widget.attrs["autocomplete"] = "email"
        for name, limit in (("username", 254), ("password", MAX_PASSWORD_LENGTH)):
            self.fields[name].max_length = limit
            # max_length set after construction adds no validator by itself.
            self.fields[name].validators.append(validators.MaxLengthValidator(limit))

    def clean_username(self) -> str:
        # Addresses are stored in lower case; phones often capitalise the first letter.
        return str(self.cleaned_data["username"]).lower()

    def clean(self) -> dict[str, Any]:
        email = self.cleaned_data.get("username") or ""
        ip_address = client_ip(self.request)
        wait = services.minutes_until_login_allowed(email=email, ip_address=ip_address)
        if wait:
            raise forms.ValidationError(
                ngettext(
                    "There have been several sign-in attempts that didn't work, so we're "
                    "pausing for a moment to keep the account safe. Please try again in "
                    "%(minutes)d minute, or reset your password.",
                    "There have been several sign-in attempts that didn't work, so we're "
                    "pausing for a moment to keep the account safe. Please try again in "
                    "%(minutes)d minutes, or reset your password.",
                    wait,
                )
                % {"minutes": wait},
                code="throttled",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if email:
                services.record_login_failure(email=email, ip_address=ip_address)
            raise
        # Only a real sign-in clears the count: a refused field (an empty password)
        # reaches here too, and must not reset it.
        if self.get_user() is not None:
            services.clear_login_failures(email=email)
        return cleaned


def client_ip(request: HttpRequest | None) -> str | None:
    """The address of the person signing in.

    Behind ``CLOSEKNIT_PROXY_COUNT`` trusted reverse proxies, it is the address the
    outermost of them saw; anything further left in X-Forwarded-For could be forged.
    """
    if request is None:
        return None
    candidate = request.META.get("REMOTE_ADDR", "")
    proxies = settings.PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        hops = [hop.strip() for hop in forwarded if hop.strip()]
        if len(hops) >= proxies:
            candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None


class ProfileForm(forms.ModelForm):  # type: ignore[type-arg]
    time_zone = TimeZoneField()

    class Meta:
        model = User
        fields = ["display_name", "time_zone"]
        labels = {"display_name": _("Your name")}
        help_texts = {"display_name": _("How the people you're linked with see you.")}

    def clean_display_name(self) -> str:
        return clean_display_name(self.cleaned_data["display_name"])
