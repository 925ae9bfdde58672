from django.apps import AppConfig


class CoachConfig(AppConfig):
    name = "closeknit.coach"
    label = "coach"

    def ready(self) -> None:
        from closeknit.coach import checks  # noqa: F401 (registers the system checks)
