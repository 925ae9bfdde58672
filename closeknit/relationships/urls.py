from django.urls import path

from closeknit.relationships import views

app_name = "relationships"

urlpatterns = [
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/invite/", views.invite, name="invite"),
    path("<int:pk>/invite/withdraw/", views.withdraw, name="withdraw"),
    path("<int:pk>/end/", views.end, name="end"),
    path("join/<str:token>/", views.invitation, name="invitation"),
]
