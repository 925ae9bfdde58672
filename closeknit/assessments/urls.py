from django.urls import path

from closeknit.assessments import views

app_name = "assessments"

urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:instrument>/start/", views.start, name="start"),
    path("<int:pk>/", views.take, name="take"),
    path("<int:pk>/answer/", views.answer, name="answer"),
    path("<int:pk>/result/", views.result, name="result"),
    path("<int:pk>/share/", views.share, name="share"),
    path("<int:pk>/fhir/", views.result_fhir, name="result_fhir"),
    path("<slug:instrument>/fhir/", views.instrument_fhir, name="instrument_fhir"),
    path("history/<slug:instrument>/<str:about>/", views.history, name="history"),
    path("together/<int:pk>/", views.together, name="together"),
]
