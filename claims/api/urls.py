from django.http import JsonResponse
from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt

from webhooks import api as webhook_api

from . import views, workflow

app_name = "api"


@csrf_exempt
def not_found(request, *args, **kwargs):
    """JSON, not the HTML 404 page, for any path under /api/v1/ that names nothing."""
    return JsonResponse({"detail": f"no such endpoint or item: {request.path}"}, status=404)


urlpatterns = [
    path("claims/", views.ClaimListApi.as_view(), name="claims"),
    path("claims/<int:claim_id>/", views.ClaimDetailApi.as_view(), name="claim"),
    path("claims/<int:claim_id>/claimreview", views.ClaimReviewApi.as_view(), name="claimreview"),
    path("claims/<int:claim_id>/approve", workflow.ClaimApproveApi.as_view(), name="claim-approve"),
    path("claims/<int:claim_id>/return", workflow.ClaimReturnApi.as_view(), name="claim-return"),
    path("claims/<int:claim_id>/verdict", workflow.ClaimProposeVerdictApi.as_view(), name="claim-verdict"),
    path("claimreview-feed", views.ClaimReviewFeedApi.as_view(), name="claimreview-feed"),
    path("factcheck/claims:search", views.FactCheckSearchApi.as_view(), name="factcheck-search"),
    path("articles/", views.ArticleCollectionApi.as_view(), name="articles"),
    path("articles/<int:article_id>/", views.ArticleDetailApi.as_view(), name="article"),
    path("sources/", views.SourceListApi.as_view(), name="sources"),
    path("sources/<int:source_id>/", views.SourceDetailApi.as_view(), name="source"),
    path("webhooks/", webhook_api.SubscriptionCollectionApi.as_view(), name="webhooks"),
    path("webhooks/<int:subscription_id>/", webhook_api.SubscriptionDetailApi.as_view(), name="webhook"),
    path(
        "webhooks/<int:subscription_id>/deliveries/", webhook_api.DeliveryListApi.as_view(), name="webhook-deliveries"
    ),
    re_path(r"^.*$", not_found),
]
