from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "closeknit.home"
    label = "home"
