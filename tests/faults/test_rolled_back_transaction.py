"""A transaction rolled back queues no task: nothing reaches the broker for an article that is not there."""

import pytest
from django.db import transaction

from claims import services
from claims.models import Article

pytestmark = [pytest.mark.faults, pytest.mark.django_db(transaction=True)]


class Boom(Exception):
    pass


def test_a_rolled_back_ingest_puts_nothing_on_the_broker(desk, seed_text):
    desk.pause_healthy()  # so that whatever is queued stays in the queue to be counted

    with pytest.raises(Boom), transaction.atomic():
        services.ingest_article(text=seed_text)
        raise Boom
    assert Article.objects.count() == 0
    assert desk.queued() + desk.unacked() == 0

    with transaction.atomic():
        with pytest.raises(Boom), transaction.atomic():  # a savepoint rolled back inside a commit
            services.ingest_article(text=seed_text)
            raise Boom
    assert Article.objects.count() == 0
    assert desk.queued() + desk.unacked() == 0

    services.ingest_article(text=seed_text)  # and a commit does queue one: the check can see tasks
    assert desk.queued() + desk.unacked() == 1
