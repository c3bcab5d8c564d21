from django.urls import path

from . import editor_views, views

app_name = "desk"
urlpatterns = [
    path("", views.home, name="home"),
    path("unassigned/", views.unassigned, name="unassigned"),
    path("take-next/", views.take_next, name="take_next"),
    path("settings/", views.desk_settings, name="settings"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("claims/<int:pk>/take/", views.claim_take, name="claim_take"),
    path("claims/<int:pk>/start/", views.claim_start, name="claim_start"),
    path("claims/<int:pk>/evidence/", views.claim_add_evidence, name="claim_evidence"),
    path("claims/<int:pk>/notes/", views.claim_add_note, name="claim_note"),
    path("claims/<int:pk>/propose/", views.claim_propose, name="claim_propose"),
    path("claims/<int:pk>/approve/", editor_views.claim_approve, name="claim_approve"),
    path("claims/<int:pk>/return/", editor_views.claim_return, name="claim_return"),
    path("claims/<int:pk>/dismiss/", editor_views.claim_dismiss, name="claim_dismiss"),
    path("claims/<int:pk>/reopen/", editor_views.claim_reopen, name="claim_reopen"),
    path("claims/<int:pk>/assign/", editor_views.claim_assign, name="claim_assign"),
    path("assign/", editor_views.bulk_assign, name="bulk_assign"),
    path("review/", editor_views.review_queue, name="review"),
    path("articles/", editor_views.articles, name="articles"),
    path("articles/<int:pk>/", editor_views.article_detail, name="article"),
    path("dashboard/", editor_views.dashboard, name="dashboard"),
]
