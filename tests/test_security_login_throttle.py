"""Sign-in is throttled by django-axes (AXES_FAILURE_LIMIT = 5): the fifth wrong password for one user
name from one address is answered with the lockout (429), and the sixth attempt is refused, even with
the right password, on both sign-in pages. Other people and other addresses are not affected;
force_login is not throttled."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"  # tests/factories.py


def attempt(client, url, username, password, address="203.0.113.7"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_the_sixth_wrong_password_is_locked_out(url, editor):
    client = Client()
    assert settings.AXES_FAILURE_LIMIT == 5
    for number in range(1, 5):
        response = attempt(client, url, "carol", f"wrong {number}")
        assert response.status_code == 200, f"attempt {number}"  # the form again, with its error
    assert attempt(client, url, "carol", "wrong 5").status_code == 429  # the limit is reached
    locked = attempt(client, url, "carol", "wrong 6")
    assert locked.status_code == 429
    assert "locked" in locked.content.decode().lower()
    assert attempt(client, url, "carol", PASSWORD).status_code == 429  # the right password does not help now
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.filter(username="carol").exists()


def test_a_lockout_is_per_user_name_and_address(editor, fact_checker):
    client = Client()
    for number in range(6):
        attempt(client, "/accounts/login/", "carol", f"wrong {number}")
    assert attempt(client, "/accounts/login/", "carol", PASSWORD).status_code == 429
    # Alice from the same address, and Carol from another address, still sign in.
    assert attempt(Client(), "/accounts/login/", "alice", PASSWORD).status_code == 302
    assert attempt(Client(), "/accounts/login/", "carol", PASSWORD, address="198.51.100.4").status_code == 302


def test_a_success_before_the_limit_resets_the_count(editor):
    client = Client()
    for number in range(4):
        attempt(client, "/accounts/login/", "carol", f"wrong {number}")
    assert attempt(client, "/accounts/login/", "carol", PASSWORD).status_code == 302
    client.logout()
    for number in range(4):
        assert attempt(client, "/accounts/login/", "carol", f"wrong again {number}").status_code == 200


def test_the_admin_and_desk_sign_in_pages_share_the_count(editor):
    client = Client()
    for number in range(3):
        attempt(client, "/accounts/login/", "carol", f"wrong {number}")
    for number in range(3):
        attempt(client, "/admin/login/", "carol", f"wrong admin {number}")
    assert attempt(client, "/admin/login/", "carol", PASSWORD).status_code == 429


def test_force_login_in_tests_is_not_throttled(client, editor):
    for _ in range(10):
        client.force_login(editor)
        assert client.get("/desk/").status_code == 200


def test_axes_is_configured_first_and_by_user_name_and_address():
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AXES_COOLOFF_TIME.total_seconds() > 0
