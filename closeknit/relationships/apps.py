from django.apps import AppConfig


class RelationshipsConfig(AppConfig):
    name = "closeknit.relationships"
    label = "relationships"
