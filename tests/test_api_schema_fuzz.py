"""Schemathesis over the OpenAPI schema: no 5xx and every response matches the schema.

Bounded: a few examples per operation. Host names resolve to nothing (no DNS, no network) and
extraction is not queued, so fuzzed URLs and texts stay inside the process.
"""

import socket

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .api_factories import *  # noqa: F403
from .api_factories import make_published_claim

# "Every response matches the schema" and "no 5xx"; whether a lenient parser accepts a value the
# schema calls invalid (e.g. a repeated query parameter) is not what this test is about.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]
schema = schemathesis.openapi.from_wsgi("/api/schema/?format=json", get_wsgi_application())


@pytest.fixture
def keep_test_connection():
    """Like Django's test Client: the request cycle must not close the test's database
    connection (on PostgreSQL that would end the test transaction)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def world(db, monkeypatch, api_key, keep_test_connection):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "no DNS in tests")

    monkeypatch.setattr("claims.urlsafety.socket.getaddrinfo", no_dns)
    monkeypatch.setattr("claims.services.enqueue_extraction", lambda *, article_id: True)
    monkeypatch.setattr("claims.services.enqueue_fetch", lambda *, article_id: True)
    make_published_claim(label="False")
    make_published_claim(label="Unverifiable", hedges=["reportedly"])
    return {"Authorization": f"Api-Key {api_key[1]}"}


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_matches_its_schema(case, world):
    case.call_and_validate(headers=world, checks=CHECKS)
