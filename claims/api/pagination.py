"""Cursor pagination ordered by (updated_at, id): a consumer keeps the `next` link and follows it
later to receive exactly what changed since, without gaps or duplicates, while claims keep
being published. A claim that changes again moves to the end and is sent again, in its new state."""

from __future__ import annotations

from django.conf import settings
from rest_framework.pagination import CursorPagination


class SyncCursorPagination(CursorPagination):
    ordering = ("updated_at", "id")
    page_size_query_param = "page_size"
    max_page_size = 200
    invalid_cursor_message = "invalid cursor: use the `next` or `previous` link exactly as given"

    def get_page_size(self, request):
        self.page_size = settings.VERIFY_API_PAGE_SIZE
        return super().get_page_size(request)


class IdCursorPagination(SyncCursorPagination):
    ordering = ("-id",)
