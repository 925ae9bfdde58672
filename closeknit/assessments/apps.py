from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "closeknit.assessments"
    label = "assessments"

    def ready(self) -> None:
        from closeknit.assessments import checks  # noqa: F401 (registers the system checks)
