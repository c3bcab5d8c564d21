"""Webhook subscriptions through the API. A consumer manages the subscriptions made with its own
API key; desk staff manage all. The secret is shown once, in the answer to the POST."""

from __future__ import annotations

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from claims.api import urls_for
from claims.api.authentication import is_consumer
from claims.api.pagination import IdCursorPagination
from claims.api.views import BAD_REQUEST, ERRORS, NOT_FOUND, BaseApi

from . import services
from .models import Delivery, Event, Subscription


class SubscriptionInputSerializer(serializers.Serializer):
    url = serializers.CharField(max_length=2000, help_text="http(s) URL on a public address; receives POSTs.")
    events = serializers.ListField(child=serializers.ChoiceField(choices=Event.values), min_length=1)
    name = serializers.CharField(required=False, allow_blank=True, max_length=200)


class SubscriptionUpdateSerializer(serializers.Serializer):
    url = serializers.CharField(required=False, max_length=2000)
    events = serializers.ListField(child=serializers.ChoiceField(choices=Event.values), min_length=1, required=False)
    name = serializers.CharField(required=False, allow_blank=True, max_length=200)
    active = serializers.BooleanField(required=False)


class SubscriptionOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    api_url = serializers.URLField()
    name = serializers.CharField()
    url = serializers.CharField()
    events = serializers.ListField(child=serializers.ChoiceField(choices=Event.values))
    active = serializers.BooleanField()
    created_at = serializers.DateTimeField()

    def to_representation(self, sub: Subscription) -> dict:
        return {
            "id": sub.pk,
            "api_url": urls_for.webhook(sub.pk),
            "name": sub.name,
            "url": sub.url,
            "events": list(sub.events or []),
            "active": sub.active,
            "created_at": sub.created_at.isoformat().replace("+00:00", "Z"),
        }


class SubscriptionCreatedSerializer(SubscriptionOutputSerializer):
    secret = serializers.CharField(help_text="whsec_...; verify signatures with it. Shown only this once.")

    def to_representation(self, sub: Subscription) -> dict:
        return {**super().to_representation(sub), "secret": sub.secret}


class DeliveryOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    webhook_id = serializers.CharField()
    event = serializers.ChoiceField(choices=Event.values)
    claim_id = serializers.IntegerField(allow_null=True)
    status = serializers.ChoiceField(choices=Delivery.Status.values)
    attempts = serializers.IntegerField()
    next_attempt_at = serializers.DateTimeField(allow_null=True)
    last_status_code = serializers.IntegerField(allow_null=True)
    last_error = serializers.CharField()
    created_at = serializers.DateTimeField()
    delivered_at = serializers.DateTimeField(allow_null=True)


def _visible(request):
    subscriptions = Subscription.objects.all()
    if is_consumer(request):
        subscriptions = subscriptions.filter(api_key=request.auth)
    return subscriptions


def _get(request, subscription_id: int) -> Subscription:
    subscription = _visible(request).filter(pk=subscription_id).first()
    if subscription is None:
        raise NotFound(f"no webhook subscription {subscription_id} of yours")
    return subscription


class SubscriptionCollectionApi(BaseApi):
    pagination_class = IdCursorPagination

    @property
    def throttle_scope(self):
        return "webhooks" if self.request.method == "POST" else "read"

    @extend_schema(
        operation_id="webhooks_list",
        summary="Your webhook subscriptions",
        responses={200: SubscriptionOutputSerializer(many=True), **ERRORS, **NOT_FOUND},
    )
    def get(self, request):
        paginator = self.paginator
        page = paginator.paginate_queryset(_visible(request), request, view=self)
        return paginator.get_paginated_response(SubscriptionOutputSerializer(page, many=True).data)

    @extend_schema(
        operation_id="webhooks_create",
        summary="Subscribe a URL to events",
        description="Events: " + ", ".join(Event.values) + ". The answer holds the signing secret, once.",
        request=SubscriptionInputSerializer,
        responses={201: SubscriptionCreatedSerializer, **BAD_REQUEST, **ERRORS},
    )
    def post(self, request):
        payload = SubscriptionInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            subscription = services.create_subscription(
                **payload.validated_data,
                api_key=request.auth if is_consumer(request) else None,
                created_by=None if is_consumer(request) else request.user,
            )
        except services.WebhookError as exc:
            raise ValidationError({"detail": str(exc)})
        return Response(
            SubscriptionCreatedSerializer(subscription).data,
            status=status.HTTP_201_CREATED,
            headers={"Location": urls_for.webhook(subscription.pk)},
        )


class SubscriptionDetailApi(BaseApi):
    @property
    def throttle_scope(self):
        return "read" if self.request.method == "GET" else "webhooks"

    @extend_schema(
        operation_id="webhooks_retrieve",
        responses={200: SubscriptionOutputSerializer, **ERRORS, **NOT_FOUND},
    )
    def get(self, request, subscription_id: int):
        return Response(SubscriptionOutputSerializer(_get(request, subscription_id)).data)

    @extend_schema(
        operation_id="webhooks_update",
        request=SubscriptionUpdateSerializer,
        responses={200: SubscriptionOutputSerializer, **BAD_REQUEST, **ERRORS, **NOT_FOUND},
    )
    def patch(self, request, subscription_id: int):
        subscription = _get(request, subscription_id)
        payload = SubscriptionUpdateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        try:
            subscription = services.update_subscription(subscription=subscription, **payload.validated_data)
        except services.WebhookError as exc:
            raise ValidationError({"detail": str(exc)})
        return Response(SubscriptionOutputSerializer(subscription).data)

    @extend_schema(
        operation_id="webhooks_destroy",
        responses={204: OpenApiResponse(description="Deleted."), **ERRORS, **NOT_FOUND},
    )
    def delete(self, request, subscription_id: int):
        services.delete_subscription(subscription=_get(request, subscription_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class DeliveryListApi(BaseApi):
    pagination_class = IdCursorPagination

    @extend_schema(
        operation_id="webhooks_deliveries",
        summary="Deliveries to one subscription, newest first",
        responses={200: DeliveryOutputSerializer(many=True), **ERRORS, **NOT_FOUND},
    )
    def get(self, request, subscription_id: int):
        subscription = _get(request, subscription_id)
        paginator = self.paginator
        page = paginator.paginate_queryset(subscription.deliveries.all(), request, view=self)
        return paginator.get_paginated_response(DeliveryOutputSerializer(page, many=True).data)
