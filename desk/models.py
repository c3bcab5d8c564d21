"""What the desk itself records beside the claims app: which overdue reminders went out."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class OverdueReminder(models.Model):
    """One reminder about one overdue claim on one day; the unique row makes it once a day."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="overdue_reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    emailed = models.BooleanField(default=False, help_text="False when the person has turned emails off.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day", "claim_id"]
        constraints = [models.UniqueConstraint(fields=["claim", "day"], name="overdue_reminder_once_a_day")]

    def __str__(self) -> str:
        return f"claim {self.claim_id} overdue, reminded {self.day}"
