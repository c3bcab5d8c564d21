"""Paging and counting that stay cheap on big tables.

A page fetches `per_page + 1` rows to learn whether there is a next page, and counts the
whole list only up to a cap (``SELECT COUNT(*) FROM (... LIMIT cap + 1)``), so a queue of
600,000 claims costs the same as one of 2,000. Below the cap the page says "Page 2 of 7
(160 in all)"; above it, "1,000+ in all".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.formats import number_format

COUNT_CAP = 1000


@dataclass(frozen=True)
class CappedCount:
    """A count that stops at `cap`: ``more`` is true when there are more than `cap` rows."""

    value: int
    more: bool = False

    def __str__(self) -> str:
        text = number_format(self.value, force_grouping=True)
        return f"{text}+" if self.more else text

    def __int__(self) -> int:
        return self.value

    def __float__(self) -> float:
        return float(self.value)

    def __bool__(self) -> bool:
        return self.value > 0


@dataclass(frozen=True)
class EstimatedCount:
    """A count read from PostgreSQL's table statistics instead of counted: shown as "about 612,000"
    (three significant figures, all a sample-based estimate can claim)."""

    value: int

    def __str__(self) -> str:
        digits = max(0, len(str(abs(self.value))) - 3)
        return "about " + number_format(round(self.value, -digits), force_grouping=True)

    def __int__(self) -> int:
        return self.value

    def __float__(self) -> float:
        return float(self.value)

    def __bool__(self) -> bool:
        return self.value > 0


def capped_count(queryset: QuerySet, cap: int = COUNT_CAP) -> CappedCount:
    """Count at most `cap + 1` rows of `queryset` in one sliced subquery."""
    n = queryset.order_by().values("pk")[: cap + 1].count()
    return CappedCount(value=min(n, cap), more=n > cap)


class CappedPaginator:
    """What the pagination template reads from ``page.paginator``."""

    def __init__(self, *, per_page: int, total: CappedCount | None, number: int):
        self.per_page = per_page
        self.total = total
        self._number = number

    @property
    def count(self) -> CappedCount | None:
        return self.total

    @property
    def exact(self) -> bool:
        return self.total is not None and not self.total.more

    @property
    def num_pages(self) -> int | None:
        """The number of pages when the total is known exactly, else None."""
        if not self.exact:
            return None
        return max(1, math.ceil(self.total.value / self.per_page))


class CappedPage:
    def __init__(self, object_list: list, number: int, has_next: bool, paginator: CappedPaginator):
        self.object_list = object_list
        self.number = number
        self._has_next = has_next
        self.paginator = paginator

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)

    def has_next(self) -> bool:
        return self._has_next

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1

    def start_index(self) -> int:
        return (self.number - 1) * self.paginator.per_page + 1 if self.object_list else 0

    def end_index(self) -> int:
        return (self.number - 1) * self.paginator.per_page + len(self.object_list)


def _page_number(raw) -> int:
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return number if number >= 1 else 1


# From this offset on, a page's ids are found first and its rows fetched by id afterwards.
DEFERRED_FROM_OFFSET = 250


def _slice(queryset: QuerySet, offset: int, limit: int) -> list:
    """Rows offset..offset+limit of `queryset`, in its order.

    Deep in a list, OFFSET skips its rows one by one; reading whole rows (and their joined
    article) just to throw them away cost ~60 ms at page 200 of a 600,000-claim queue. So past
    DEFERRED_FROM_OFFSET the skipping runs on the ids alone (an index-only scan of the list's
    ordering index) and only the page's rows are read, with their select/prefetch_related."""
    if offset < DEFERRED_FROM_OFFSET:
        return list(queryset[offset : offset + limit])
    ids = list(queryset.values_list("pk", flat=True)[offset : offset + limit])
    if not ids:
        return []
    by_pk = {row.pk: row for row in queryset.order_by().filter(pk__in=ids)}
    return [by_pk[pk] for pk in ids if pk in by_pk]  # a row gone in between is left out


def capped_page(queryset: QuerySet, raw_number, *, per_page: int, cap: int = COUNT_CAP) -> CappedPage:
    """One page of `queryset` without counting the whole table.

    Fetches per_page + 1 rows for "has next"; counts (capped) only when the total is not
    already known from the page itself. A page past the end falls back to the last page
    when the total is known, like Django's ``Paginator.get_page``.
    """
    number = _page_number(raw_number)
    offset = (number - 1) * per_page
    rows = _slice(queryset, offset, per_page + 1)
    if not rows and number > 1:
        total = capped_count(queryset, cap)
        if not total.more:
            number = max(1, math.ceil(total.value / per_page))
            offset = (number - 1) * per_page
            rows = _slice(queryset, offset, per_page + 1)
        return CappedPage(
            rows[:per_page],
            number,
            len(rows) > per_page,
            CappedPaginator(per_page=per_page, total=total, number=number),
        )
    has_next = len(rows) > per_page
    rows = rows[:per_page]
    if has_next:
        total = capped_count(queryset, cap)
    else:
        total = CappedCount(offset + len(rows)) if (rows or number == 1) else None
    return CappedPage(rows, number, has_next, CappedPaginator(per_page=per_page, total=total, number=number))
