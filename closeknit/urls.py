from django.urls import include, path

urlpatterns = [
    path("", include("closeknit.home.urls")),
    path("account/", include("closeknit.accounts.urls")),
    path("people/", include("closeknit.relationships.urls")),
    path("coach/", include("closeknit.coach.urls")),
    path("reflect/", include("closeknit.assessments.urls")),
]
