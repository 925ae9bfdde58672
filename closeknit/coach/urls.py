from django.urls import path

from closeknit.coach import views

app_name = "coach"

urlpatterns = [
    path("", views.draft, name="draft"),
    path("conversation/", views.conversation, name="conversation"),
]
