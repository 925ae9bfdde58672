from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "closeknit.privacy"
    label = "privacy"
