from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.generic import RedirectView

from claims import views as claim_views

urlpatterns = [
    path("", RedirectView.as_view(url="/desk/", permanent=False)),
    path("healthz", claim_views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("desk/", include("desk.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
