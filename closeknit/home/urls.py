from django.urls import path

from closeknit.home import views

app_name = "home"

urlpatterns = [
    path("", views.today, name="today"),
]
