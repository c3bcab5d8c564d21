"""Signing in at /accounts/login/ and out again; the desk sends strangers to sign in."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_it_sends_anonymous_people_to_sign_in(client):
    response = client.get("/desk/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/desk/"


def test_the_sign_in_page_has_labelled_fields_and_a_csrf_token(client):
    response = client.get("/accounts/login/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_username">' in html and '<label for="id_password">' in html
    assert "csrfmiddlewaretoken" in html


def test_a_fact_checker_signs_in_and_lands_on_the_desk(client, fact_checker):
    response = client.post(
        "/accounts/login/", {"username": "alice", "password": "correct horse battery staple", "next": "/desk/"}
    )
    assert response.status_code == 302 and response["Location"] == "/desk/"
    assert client.get("/desk/").status_code == 200


def test_a_wrong_password_says_so(client, fact_checker):
    response = client.post("/accounts/login/", {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "did not match" in response.content.decode()


def test_signing_out_is_a_post(client, fact_checker):
    client.force_login(fact_checker)
    html = client.get(reverse("desk:home")).content.decode()
    assert 'action="/accounts/logout/"' in html
    client.post("/accounts/logout/")
    assert client.get("/desk/").status_code == 302


def test_a_person_without_a_role_sees_nothing(client, outsider):
    client.force_login(outsider)
    response = client.get("/desk/")
    assert response.status_code == 403
    assert "no role on the desk" in response.content.decode()


def test_every_form_is_protected_against_cross_site_posts(fact_checker):
    from django.test import Client

    from desk.testing import make_article

    _, (claim, *_rest) = make_article()
    client = Client(enforce_csrf_checks=True)
    client.force_login(fact_checker)
    assert client.post(reverse("desk:take_next")).status_code == 403
    assert client.post(reverse("desk:claim_take", args=[claim.pk])).status_code == 403
    claim.refresh_from_db()
    assert claim.assignee is None
