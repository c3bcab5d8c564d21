"""Address checks for every request the desk makes to a URL someone gave it: article URLs and
webhook subscriptions.

Only http and https; no user names or passwords in the URL; no private, loopback, link-local,
shared, multicast, reserved or cloud-metadata addresses, and no numeric host spellings other
than the plain dotted quad (``2130706433``, ``0x7f.1``, ``0177.0.0.1`` and ``127.1`` are all
127.0.0.1 to a resolver). The name is resolved once, every address it resolves to is checked,
and the connection goes to a checked address (with the original name for Host and TLS), so a
DNS answer that changes between the check and the connection cannot redirect us inward.
Redirects are followed by hand and each new location is checked the same way.

`settings.VERIFY_URL_ALLOW_LOOPBACK` lets the test suite talk to a receiver on 127.0.0.1; it is
off by default and allows loopback only, never other private ranges.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

ALLOWED_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Names that must never be fetched whatever they resolve to.
BLOCKED_NAMES = ("localhost", "metadata.google.internal", "metadata", "instance-data")
BLOCKED_SUFFIXES = (".localhost", ".internal", ".local")
# Cloud metadata endpoints; most are caught as link-local or private anyway.
METADATA_ADDRESSES = {
    ipaddress.ip_address("169.254.169.254"),
    ipaddress.ip_address("169.254.170.2"),
    ipaddress.ip_address("100.100.100.200"),
    ipaddress.ip_address("fd00:ec2::254"),
}
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_NUMERIC_LABEL = re.compile(r"^(0x[0-9a-f]*|[0-9]+)$", re.IGNORECASE)
_DOTTED_QUAD = re.compile(
    r"^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$"
)


class UnsafeURLError(ValueError):
    """The URL may not be fetched; the message says why, fit to show the person who gave it."""


class FetchError(Exception):
    """The URL passed the checks but fetching it failed (timeout, too large, too many redirects)."""


@dataclass(frozen=True)
class Target:
    url: str
    scheme: str
    host: str  # IDNA-encoded name or IP literal, no brackets
    port: int
    path: str  # path and query, as sent on the request line
    addresses: tuple[str, ...] = field(default=())


def _loopback_allowed() -> bool:
    return bool(getattr(settings, "VERIFY_URL_ALLOW_LOOPBACK", False))


def check_address(address: str) -> None:
    """Refuse an IP address that is not a public unicast address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
        elif ip.teredo is not None:
            ip = ip.teredo[1]
    if ip.is_loopback and _loopback_allowed():
        return
    if ip in METADATA_ADDRESSES:
        raise UnsafeURLError(f"{address} is a cloud metadata address")
    if ip.is_loopback:
        raise UnsafeURLError(f"{address} is a loopback address")
    if ip.is_link_local:
        raise UnsafeURLError(f"{address} is a link-local address")
    if ip.is_private:
        raise UnsafeURLError(f"{address} is a private address")
    if ip.is_multicast or ip.is_reserved or ip.is_unspecified or not ip.is_global:
        raise UnsafeURLError(f"{address} is not a public address")


def _check_host_spelling(host: str) -> None:
    labels = host.rstrip(".").split(".")
    if labels and all(_NUMERIC_LABEL.match(label) for label in labels):
        # Only the plain dotted quad is accepted; other spellings are refused rather than guessed.
        if not _DOTTED_QUAD.match(host.rstrip(".")):
            raise UnsafeURLError(
                f"{host!r} is an IP address in decimal, octal, hexadecimal or shortened form; "
                "write the address as four decimal numbers or use a host name"
            )
    lowered = host.lower().rstrip(".")
    if lowered in BLOCKED_NAMES or lowered.endswith(BLOCKED_SUFFIXES):
        if not (_loopback_allowed() and lowered == "localhost"):
            raise UnsafeURLError(f"{host!r} is a local or internal host name")


def parse_url(url: str) -> Target:
    """Syntactic checks only (no DNS): scheme, credentials, host spelling, IP literals."""
    if not isinstance(url, str) or not url.strip():
        raise UnsafeURLError("give a URL")
    url = url.strip()
    if len(url) > 2000:
        raise UnsafeURLError("the URL is longer than 2,000 characters")
    if any(ch in url for ch in "\r\n\t\x00 "):
        raise UnsafeURLError("the URL contains white space or control characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsafeURLError(f"only http and https URLs are accepted, not {scheme or 'a URL without a scheme'}")
    if parts.username is not None or parts.password is not None:
        raise UnsafeURLError("URLs with a user name or password are not accepted")
    host = parts.hostname or ""
    if not host:
        raise UnsafeURLError("the URL has no host name")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
        _check_host_spelling(host)
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise UnsafeURLError(f"{host!r} is not a valid host name") from None
    if ip is not None:
        check_address(str(ip))
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return Target(url=url, scheme=scheme, host=host, port=port or DEFAULT_PORTS[scheme], path=path)


def resolve(target: Target) -> Target:
    """Resolve the host and check every address it has; the connection will use these."""
    try:
        ipaddress.ip_address(target.host)
        addresses = [target.host]
    except ValueError:
        try:
            infos = socket.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise UnsafeURLError(f"the host name {target.host!r} does not resolve ({exc})") from None
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise UnsafeURLError(f"the host name {target.host!r} has no addresses")
    for address in addresses:
        check_address(address)
    return Target(
        url=target.url,
        scheme=target.scheme,
        host=target.host,
        port=target.port,
        path=target.path,
        addresses=tuple(addresses),
    )


def check_url(url: str, *, resolve_host: bool = True) -> Target:
    """Raise UnsafeURLError unless `url` may be fetched; return where to connect."""
    target = parse_url(url)
    return resolve(target) if resolve_host else target


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    url: str


def _pool(target: Target, address: str, timeout: float):
    kwargs = {"timeout": urllib3.Timeout(connect=min(timeout, 10), read=timeout), "retries": False, "maxsize": 1}
    if target.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address, target.port, server_hostname=target.host, assert_hostname=target.host, **kwargs
        )
    return urllib3.HTTPConnectionPool(address, target.port, **kwargs)


def request(
    method: str,
    url: str,
    *,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    timeout: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
) -> Response:
    """Make one HTTP request to a checked address, following redirects (re-checked) if allowed.

    The whole exchange, redirects included, must finish within `timeout` seconds and the body
    may not exceed `max_bytes`; FetchError otherwise. A redirect with `max_redirects=0` is
    returned as it is, not followed.
    """
    timeout = float(timeout or settings.VERIFY_URL_FETCH_TIMEOUT)
    max_bytes = max_bytes or settings.VERIFY_URL_FETCH_MAX_BYTES
    max_redirects = settings.VERIFY_URL_MAX_REDIRECTS if max_redirects is None else max_redirects
    deadline = time.monotonic() + timeout
    redirects = 0
    while True:
        target = check_url(url)
        host_header = target.host if target.port == DEFAULT_PORTS[target.scheme] else f"{target.host}:{target.port}"
        sent = {"Host": host_header, "User-Agent": "verify/1.0", **(headers or {})}
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"no answer within {timeout:.0f} seconds")
        pool = _pool(target, target.addresses[0], remaining)
        try:
            raw = pool.urlopen(
                method,
                target.path,
                body=body,
                headers=sent,
                redirect=False,
                preload_content=False,
                assert_same_host=False,
            )
            try:
                data = _read_limited(raw, max_bytes=max_bytes, deadline=deadline)
            finally:
                raw.release_conn()
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"no answer within {timeout:.0f} seconds") from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"could not connect: {exc.__class__.__name__}") from None
        finally:
            pool.close()
        response_headers = {k.lower(): v for k, v in raw.headers.items()}
        if raw.status in REDIRECT_STATUSES and "location" in response_headers and max_redirects > 0:
            redirects += 1
            if redirects > max_redirects:
                raise FetchError(f"more than {max_redirects} redirects")
            url = urljoin(url, response_headers["location"])
            if raw.status == 303 or (raw.status in (301, 302) and method == "POST"):
                method, body = "GET", None
            continue
        return Response(status=raw.status, headers=response_headers, body=data, url=url)


def _read_limited(raw, *, max_bytes: int, deadline: float) -> bytes:
    declared = raw.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"the response is {int(declared):,} bytes, over the limit of {max_bytes:,}")
    chunks, size = [], 0
    for chunk in raw.stream(64 * 1024, decode_content=True):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"the response is over the limit of {max_bytes:,} bytes")
        if time.monotonic() > deadline:
            raise FetchError("the response took too long to arrive")
        chunks.append(chunk)
    return b"".join(chunks)
