from django.apps import AppConfig


class CoachConfig(AppConfig):
    name = "closeknit.coach"
    label = "coach"
