from django.apps import AppConfig
from django.db.models.signals import pre_delete


class RelationshipsConfig(AppConfig):
    name = "closeknit.relationships"
    label = "relationships"

    def ready(self) -> None:
        from closeknit.relationships import services

        pre_delete.connect(
            services.end_when_account_deleted,
            sender="accounts.User",
            dispatch_uid="relationships.end_when_account_deleted",
        )
