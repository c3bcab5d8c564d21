"""Settings for verify, read from environment variables.

Every value that can be wrong fails at start-up with ImproperlyConfigured, not later
in a request: a desk should learn about a typo in its configuration before its users do.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def envstr(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return default if value is None or value == "" else value


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected one of 1/0, true/false, yes/no, on/off")


def envint(name: str, default: int, *, minimum: int | None = None) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: expected an integer") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name}={number}: must be at least {minimum}")
    return number


def envlist(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = envbool("DEBUG", False)

SECRET_KEY = envstr("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set it (any long random string), or set DEBUG=1 for development."
        )
    SECRET_KEY = "insecure-development-key-only-used-when-DEBUG-is-on"

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS is empty: list the host names this site answers to.")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_api_key",
    "django_filters",
    "drf_spectacular",
    "axes",
    "claims",
    "desk",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out login into a 429 answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "verify.urls"
WSGI_APPLICATION = "verify.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASE_URL = envstr("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))}
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL={DATABASE_URL!r}: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database serves one desk from one machine; a busy timeout
    # keeps the web process and in-process tasks from failing on each other's locks.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name from one
# address, both sign-in pages (/accounts/login/ and /admin/login/) answer 429 for the cool-off time.
# Axes' backend comes first so that a locked-out attempt never reaches the password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=envint("AXES_COOLOFF_MINUTES", 30, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/desk/"
LOGOUT_REDIRECT_URL = "/accounts/login/"

LANGUAGE_CODE = "en"
TIME_ZONE = envstr("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(envstr("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Security (production values; `manage.py check --deploy` reads these) ---
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
# Load balancers probe /healthz over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if envbool("BEHIND_TLS_PROXY", False) else None
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# --- Email: the console backend unless configured ---
EMAIL_BACKEND = envstr("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = envstr("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
DEFAULT_FROM_EMAIL = envstr("DEFAULT_FROM_EMAIL", "verify@localhost")

# --- Background work ---
# Without REDIS_URL the desk runs embedded: tasks execute in-process right after the
# transaction that queued them commits (ClaimsConfig.ready logs which mode is on).
REDIS_URL = envstr("REDIS_URL")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = REDIS_URL is None
CELERY_TASK_EAGER_PROPAGATES = envbool("CELERY_TASK_EAGER_PROPAGATES", False)
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
# A task is acknowledged only when it has finished, so a worker that dies mid-task
# leaves it on the broker for another worker; every task is idempotent for that reason.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = envint("CELERY_TASK_SOFT_TIME_LIMIT", 120, minimum=1)
CELERY_TASK_TIME_LIMIT = envint("CELERY_TASK_TIME_LIMIT", 180, minimum=2)
# Redis re-delivers an unacknowledged task after the visibility timeout; it must be longer
# than any task's run time, countdown or retry delay, or a task would run twice at once.
CELERY_BROKER_VISIBILITY_TIMEOUT = envint("CELERY_BROKER_VISIBILITY_TIMEOUT", 3600, minimum=1)
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_BROKER_VISIBILITY_TIMEOUT}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# How many times a task is redelivered after its worker was lost before it is given up.
VERIFY_MAX_DELIVERIES = envint("VERIFY_MAX_DELIVERIES", 5, minimum=1)
VERIFY_TASK_MAX_RETRY_DELAY = envint("VERIFY_TASK_MAX_RETRY_DELAY", 600, minimum=1)
if CELERY_TASK_TIME_LIMIT <= CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured("CELERY_TASK_TIME_LIMIT must be longer than CELERY_TASK_SOFT_TIME_LIMIT")
if CELERY_BROKER_VISIBILITY_TIMEOUT <= max(CELERY_TASK_TIME_LIMIT, VERIFY_TASK_MAX_RETRY_DELAY):
    raise ImproperlyConfigured(
        "CELERY_BROKER_VISIBILITY_TIMEOUT must be longer than the task time limit and the longest retry delay"
    )
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-articles": {"task": "claims.tasks.requeue_stuck_articles", "schedule": 300.0},
    "release-expired-leases": {"task": "claims.tasks.release_expired_leases", "schedule": 600.0},
    # Emails the assignee of each overdue claim (at most once a day per claim).
    "remind-overdue-claims": {"task": "desk.tasks.remind_overdue_claims", "schedule": 3600.0},
}

# --- The desk ---
VERIFY_MAX_ARTICLE_BYTES = envint("VERIFY_MAX_ARTICLE_BYTES", 2 * 1024 * 1024, minimum=1)
# A request body must be able to carry an article of the largest size in JSON, where every
# non-ASCII character may be sent as a six-byte \uXXXX escape; larger bodies get 413.
DATA_UPLOAD_MAX_MEMORY_SIZE = envint(
    "DATA_UPLOAD_MAX_MEMORY_SIZE", max(2_621_440, 6 * VERIFY_MAX_ARTICLE_BYTES + 65_536), minimum=1024
)
VERIFY_EXTRACTION_TIME_BUDGET = envint("VERIFY_EXTRACTION_TIME_BUDGET", 60, minimum=1)
if VERIFY_EXTRACTION_TIME_BUDGET >= CELERY_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured("VERIFY_EXTRACTION_TIME_BUDGET must be shorter than CELERY_TASK_SOFT_TIME_LIMIT")
# An article left in `extracting` longer than this (its worker died) is queued again.
VERIFY_STUCK_AFTER_SECONDS = envint("VERIFY_STUCK_AFTER_SECONDS", 600, minimum=1)
if VERIFY_STUCK_AFTER_SECONDS <= CELERY_TASK_TIME_LIMIT:
    # Shorter, and the sweeper would queue a second run of an extraction that is still running.
    raise ImproperlyConfigured("VERIFY_STUCK_AFTER_SECONDS must be longer than CELERY_TASK_TIME_LIMIT")
VERIFY_AUTO_ASSIGN = envbool("VERIFY_AUTO_ASSIGN", True)
# Automatic routing gives a fact-checker at most this many open claims.
VERIFY_ROUTING_CAPACITY = envint("VERIFY_ROUTING_CAPACITY", 10, minimum=0)
# A claim assigned but not started within the lease goes back to the queue.
VERIFY_LEASE_HOURS = envint("VERIFY_LEASE_HOURS", 48, minimum=1)
VERIFY_DEFAULT_DEADLINE_HOURS = envint("VERIFY_DEFAULT_DEADLINE_HOURS", 72, minimum=1)
VERIFY_ORGANIZATION_NAME = envstr("VERIFY_ORGANIZATION_NAME", "verify desk")
VERIFY_ORGANIZATION_URL = envstr("VERIFY_ORGANIZATION_URL", "http://127.0.0.1:8000/")
VERIFY_SITE_URL = envstr("VERIFY_SITE_URL", "http://127.0.0.1:8000")

# --- API ---
# Consumers send "Authorization: Api-Key <key>" (keys stored hashed by djangorestframework-api-key,
# made with `manage.py create_api_key NAME`); desk staff use their session. API-key auth comes first
# so that a request without credentials gets 401 with a WWW-Authenticate header, not 403.
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "claims.api.authentication.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # Per consumer (API key, else user, else address) and per scope; 429 answers carry Retry-After.
    "DEFAULT_THROTTLE_RATES": {
        "read": envstr("VERIFY_API_READ_RATE", "1200/minute"),
        "search": envstr("VERIFY_API_SEARCH_RATE", "300/minute"),
        "ingest": envstr("VERIFY_API_INGEST_RATE", "60/hour"),
        "webhooks": envstr("VERIFY_API_WEBHOOKS_RATE", "120/hour"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "verify API",
    "DESCRIPTION": "Published claims with their sources, verdicts and evidence.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "PublicStatusEnum": "claims.api.serializers.PUBLIC_STATUSES",
        "WorkflowStatusEnum": "claims.models.Claim.Status",
        "DeliveryStatusEnum": "webhooks.models.Delivery.Status",
        "WebhookEventEnum": "webhooks.models.Event",
    },
}
# Default page size of the API's lists (cursor pagination; `page_size` asks for up to 200).
VERIFY_API_PAGE_SIZE = envint("VERIFY_API_PAGE_SIZE", 50, minimum=1)
# The claims list holds back rows changed in the last few seconds, so that a transaction that
# commits late cannot slip in behind a consumer's sync cursor (no gaps in incremental sync).
VERIFY_API_SYNC_SETTLE_SECONDS = envint("VERIFY_API_SYNC_SETTLE_SECONDS", 2, minimum=0)

# --- Outgoing HTTP: article URLs and webhooks ---
# Only http/https to public addresses, checked before connecting and after every redirect.
# VERIFY_URL_ALLOW_LOOPBACK lets tests talk to a receiver on 127.0.0.1; never turn it on in production.
VERIFY_URL_ALLOW_LOOPBACK = envbool("VERIFY_URL_ALLOW_LOOPBACK", False)
VERIFY_URL_FETCH_TIMEOUT = envint("VERIFY_URL_FETCH_TIMEOUT", 15, minimum=1)
VERIFY_URL_FETCH_MAX_BYTES = envint("VERIFY_URL_FETCH_MAX_BYTES", 5 * 1024 * 1024, minimum=1024)
VERIFY_URL_MAX_REDIRECTS = envint("VERIFY_URL_MAX_REDIRECTS", 5, minimum=0)
VERIFY_WEBHOOK_TIMEOUT = envint("VERIFY_WEBHOOK_TIMEOUT", 10, minimum=1)
VERIFY_WEBHOOK_MAX_ATTEMPTS = envint("VERIFY_WEBHOOK_MAX_ATTEMPTS", 8, minimum=1)
# Retry n waits about base * 2**(n-1) seconds (capped), with full jitter.
VERIFY_WEBHOOK_BACKOFF_BASE = envint("VERIFY_WEBHOOK_BACKOFF_BASE", 10, minimum=0)
VERIFY_WEBHOOK_BACKOFF_MAX = envint("VERIFY_WEBHOOK_BACKOFF_MAX", VERIFY_TASK_MAX_RETRY_DELAY, minimum=0)
if VERIFY_WEBHOOK_BACKOFF_MAX >= CELERY_BROKER_VISIBILITY_TIMEOUT:
    raise ImproperlyConfigured("VERIFY_WEBHOOK_BACKOFF_MAX must be shorter than CELERY_BROKER_VISIBILITY_TIMEOUT")
CELERY_BEAT_SCHEDULE["webhooks-sweep"] = {"task": "webhooks.tasks.sweep_deliveries", "schedule": 300.0}

LOG_LEVEL = envstr("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "verify": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "claims": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        # No handler of its own: in a worker Celery replaces its handlers and puts its own on the
        # root logger, so "Task ... received/succeeded/retry/raised" lines only appear by propagating.
        "celery": {"level": "INFO", "propagate": True},
    },
}
