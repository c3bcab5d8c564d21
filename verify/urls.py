from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from drf_spectacular.views import SpectacularAPIView

from claims import views as claim_views
from claims.api import pages as api_pages

urlpatterns = [
    path("", RedirectView.as_view(url="/desk/", permanent=False)),
    path("healthz", claim_views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("desk/", include("desk.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # The consumer API, its OpenAPI schema and docs, and the public claim pages (ClaimReview).
    path("api/v1/", include("claims.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", api_pages.api_docs, name="api-docs"),
    path("claims/<int:claim_id>/", api_pages.public_claim, name="public-claim"),
]
