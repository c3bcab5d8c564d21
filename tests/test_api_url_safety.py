"""claims.urlsafety: which URLs the desk will fetch (articles) or POST to (webhooks).
Public names are resolved through a mocked resolver; nothing leaves the machine."""

import socket

import pytest

from claims import urlsafety
from claims.urlsafety import FetchError, UnsafeURLError

from .api_factories import *  # noqa: F403
from .api_factories import Receiver


@pytest.fixture
def dns(monkeypatch):
    """A fake resolver: name -> addresses."""
    table: dict[str, list[str]] = {}

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in table[host]
        ]

    monkeypatch.setattr(urlsafety.socket, "getaddrinfo", getaddrinfo)
    return table


@pytest.mark.parametrize(
    "url, reason",
    [
        ("ftp://example.org/a", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.org/", "only http and https"),
        ("example.org/article", "only http and https"),
        ("http://user:pw@example.org/", "user name or password"),
        ("http://127.0.0.1/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "metadata"),
        ("http://[fd00:ec2::254]/", "metadata"),
        ("http://100.100.100.200/", "metadata"),
        ("http://169.254.1.1/", "link-local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://0.0.0.0/", "private"),
        ("http://100.64.0.1/", "not a public address"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://2130706433/", "decimal, octal"),
        ("http://0x7f000001/", "decimal, octal"),
        ("http://0177.0.0.1/", "decimal, octal"),
        ("http://127.1/", "decimal, octal"),
        ("http://0x7f.0.0.1/", "decimal, octal"),
        ("http://localhost/", "local or internal"),
        ("http://metadata.google.internal/", "local or internal"),
    ],
)
def test_it_refuses(url, reason, dns):
    with pytest.raises(UnsafeURLError, match=reason):
        urlsafety.check_url(url)


def test_it_refuses_a_public_name_that_resolves_inward(dns):
    dns["sneaky.example.org"] = ["93.184.216.34", "10.0.0.5"]
    with pytest.raises(UnsafeURLError, match="private"):
        urlsafety.check_url("https://sneaky.example.org/story")


def test_it_refuses_a_name_that_does_not_resolve(dns):
    with pytest.raises(UnsafeURLError, match="does not resolve"):
        urlsafety.check_url("https://nowhere.example.org/")


def test_it_accepts_a_public_name_and_keeps_its_addresses(dns):
    dns["news.example.org"] = ["93.184.216.34"]
    target = urlsafety.check_url("https://news.example.org/story?id=1")
    assert target.addresses == ("93.184.216.34",)
    assert (target.host, target.port, target.path) == ("news.example.org", 443, "/story?id=1")


def test_loopback_is_refused_unless_the_test_setting_allows_it(settings):
    settings.VERIFY_URL_ALLOW_LOOPBACK = False
    with pytest.raises(UnsafeURLError):
        urlsafety.check_url("http://127.0.0.1:9/")
    settings.VERIFY_URL_ALLOW_LOOPBACK = True
    assert urlsafety.check_url("http://127.0.0.1:9/").addresses == ("127.0.0.1",)
    with pytest.raises(UnsafeURLError, match="private"):
        urlsafety.check_url("http://10.0.0.1/")  # the setting opens loopback only


def test_the_loopback_setting_is_off_by_default():
    from django.conf import settings as live

    import verify.settings as production

    assert production.VERIFY_URL_ALLOW_LOOPBACK is False
    assert live.VERIFY_URL_ALLOW_LOOPBACK is False


def test_a_redirect_to_a_private_address_is_refused_before_connecting(receiver):
    receiver.routes["/go"] = (302, {"Location": "http://10.0.0.1/admin"}, b"")
    with pytest.raises(UnsafeURLError, match="private"):
        urlsafety.request("GET", f"{receiver.url}/go")
    assert [r["path"] for r in receiver.requests] == ["/go"]


def test_redirects_are_followed_and_checked_up_to_the_limit(receiver, settings):
    receiver.routes["/a"] = (301, {"Location": "/b"}, b"")
    receiver.routes["/b"] = (200, {"Content-Type": "text/plain"}, b"arrived")
    response = urlsafety.request("GET", f"{receiver.url}/a")
    assert (response.status, response.body, response.url) == (200, b"arrived", f"{receiver.url}/b")
    receiver.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    with pytest.raises(FetchError, match="redirects"):
        urlsafety.request("GET", f"{receiver.url}/loop", max_redirects=3)


def test_it_stops_reading_past_the_size_limit(receiver):
    receiver.routes["/big"] = (200, {"Content-Type": "text/plain"}, b"x" * 5000)
    with pytest.raises(FetchError, match="over the limit"):
        urlsafety.request("GET", f"{receiver.url}/big", max_bytes=1000)


def test_it_gives_up_on_a_server_that_does_not_answer_in_time(settings):
    settings.VERIFY_URL_ALLOW_LOOPBACK = True
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts the connection, never answers
    try:
        with pytest.raises(FetchError, match="within"):
            urlsafety.request("GET", f"http://127.0.0.1:{silent.getsockname()[1]}/", timeout=1)
    finally:
        silent.close()


def test_receiver_helper_only_listens_on_loopback():
    with Receiver() as running:
        assert running.server.server_address[0] == "127.0.0.1"
