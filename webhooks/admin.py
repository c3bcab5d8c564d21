from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from claims.services import ServiceError

from . import services
from .models import Delivery, DeliveryAttempt, Subscription


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("__str__", "url", "events", "active", "api_key", "created_at")
    list_filter = ("active",)
    search_fields = ("name", "url")
    readonly_fields = ("created_at", "updated_at", "created_by")
    fields = ("name", "url", "events", "active", "secret", "api_key", "created_by", "created_at", "updated_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        original_clean = form.clean

        def clean(self_form):
            data = original_clean(self_form)
            try:
                if data.get("url"):
                    data["url"] = services.check_subscription_url(data["url"])
                if "events" in data:
                    data["events"] = services._check_events(data.get("events"))
            except ServiceError as exc:
                raise ValidationError(str(exc))
            return data

        form.clean = clean
        return form


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    readonly_fields = ("number", "started_at", "duration_ms", "status_code", "succeeded", "error", "response_excerpt")


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = (
        "webhook_id",
        "event",
        "subscription",
        "claim_id",
        "status",
        "attempts",
        "next_attempt_at",
        "created_at",
    )
    list_filter = ("status", "event")
    search_fields = ("webhook_id", "subscription__url")
    readonly_fields = [f.name for f in Delivery._meta.fields]
    inlines = [DeliveryAttemptInline]
    actions = ["retry_now"]

    @admin.action(description="Retry the selected failed deliveries now")
    def retry_now(self, request, queryset):
        count = 0
        for delivery in queryset.filter(status__in=[Delivery.Status.FAILED, Delivery.Status.PENDING]):
            Delivery.objects.filter(pk=delivery.pk).update(status=Delivery.Status.PENDING, next_attempt_at=None)
            services.enqueue_delivery(delivery_id=delivery.pk)
            count += 1
        messages.success(request, f"{count} deliveries queued again")
