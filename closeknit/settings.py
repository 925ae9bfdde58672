"""Closeknit's settings: one file, read from environment variables.

Every variable is listed, with its default, in ``.env.example`` and the README.
A newcomer configures nothing: data goes to ``./var/``, and a secret key and an
encryption key are made there on first start. Production (``CLOSEKNIT_ENV=production``)
refuses to start without keys given explicitly.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from collections.abc import Callable
from pathlib import Path

import dj_database_url
from cryptography.fernet import Fernet
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_str(name: str, default: str = "") -> str:
    """The variable's value; an unset or empty variable gives the default."""
    return os.environ.get(name, "").strip() or default


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name, "")
    word = raw.strip().lower()
    if not word:
        return default
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} should be true or false (1/0, yes/no), not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} should be a whole number, not {raw!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


def read_or_create_secret(path: Path, make: Callable[[], str]) -> str:
    """Return the secret kept in ``path``, creating it (mode 600) on first use.

    Several server workers may start at once. Each writes its candidate to a private
    temporary file and links it into place, which only the first can do; so ``path``
    never exists half-written, and the others read what the winner wrote.
    """
    if not path.exists():
        # mkstemp makes the file readable and writable by its owner only (mode 600).
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(make() + "\n")
            os.link(temporary, path)
        except FileExistsError:
            pass
        finally:
            os.unlink(temporary)
    return path.read_text().strip()


ENVIRONMENT = env_str("CLOSEKNIT_ENV", "local").lower()
if ENVIRONMENT not in {"local", "production"}:
    raise ImproperlyConfigured(
        f"CLOSEKNIT_ENV should be 'local' or 'production', not {ENVIRONMENT!r}."
    )
IS_PRODUCTION = ENVIRONMENT == "production"
DEBUG = env_bool("CLOSEKNIT_DEBUG", False)

# ./var beside where Closeknit is started (the clone, for `make run`).
DATA_DIR = Path(env_str("CLOSEKNIT_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = env_str("CLOSEKNIT_SECRET_KEY")
ENCRYPTION_KEYS = env_list("CLOSEKNIT_ENCRYPTION_KEYS")
if IS_PRODUCTION and (not SECRET_KEY or not ENCRYPTION_KEYS):
    raise ImproperlyConfigured(
        "Production needs CLOSEKNIT_SECRET_KEY and CLOSEKNIT_ENCRYPTION_KEYS set. "
        "Make them with `closeknit keys` and keep them somewhere safe: "
        "without the encryption key, what people wrote cannot be read back."
    )
if not SECRET_KEY:
    SECRET_KEY = read_or_create_secret(DATA_DIR / "secret_key", lambda: secrets.token_urlsafe(50))
if not ENCRYPTION_KEYS:
    ENCRYPTION_KEYS = [
        read_or_create_secret(
            DATA_DIR / "encryption_key", lambda: Fernet.generate_key().decode("ascii")
        )
    ]

ALLOWED_HOSTS = env_list("CLOSEKNIT_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CLOSEKNIT_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "closeknit.accounts",
    "closeknit.relationships",
    "closeknit.privacy",
    "closeknit.home",
    "closeknit.coach",
    "closeknit.assessments",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "closeknit.accounts.middleware.UserTimeZoneMiddleware",
]

ROOT_URLCONF = "closeknit.urls"
WSGI_APPLICATION = "closeknit.wsgi.application"

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
    }
]

DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "closeknit.sqlite3",
            "OPTIONS": {
                # WAL lets readers and one writer work side by side across workers;
                # IMMEDIATE takes the write lock up front so two workers never
                # deadlock upgrading a read lock (docs/adr/0001-stack.md).
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;"
                ),
                "transaction_mode": "IMMEDIATE",
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home:today"
LOGOUT_REDIRECT_URL = "home:today"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # Sign-in refuses longer ones, so a reset or change must not set one.
    {"NAME": "closeknit.accounts.validators.MaximumLengthValidator"},
]

# Failed sign-ins: after this many for one email address (or ten times as many
# from one network address) within the window, further attempts wait.
LOGIN_FAILURE_LIMIT = env_int("CLOSEKNIT_LOGIN_FAILURE_LIMIT", 5)
LOGIN_FAILURE_WINDOW_MINUTES = env_int("CLOSEKNIT_LOGIN_FAILURE_WINDOW_MINUTES", 15)

# The coach's optional learned layer (pip install 'closeknit[learned]'; docs/adr/0006): off by
# default; when on, a system check refuses to start without its packages and weights.
COACH_LEARNED = env_bool("CLOSEKNIT_COACH_LEARNED", False)

# Directories of instruments of your own (definitions/ and texts/<language>/ inside each),
# added to ours; for a clinician who holds the rights to a published questionnaire.
INSTRUMENTS_DIRS = env_list("CLOSEKNIT_INSTRUMENTS_DIRS")

# How many reverse proxies in front of the app add to X-Forwarded-For (README: Deploying).
PROXY_COUNT = env_int("CLOSEKNIT_PROXY_COUNT", 0)

INVITATION_DAYS = 7

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# WhiteNoise warns about a missing folder before the first collectstatic (for example
# when `make test` runs on a fresh clone), and tests treat warnings as errors.
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

EMAIL_HOST = env_str("CLOSEKNIT_EMAIL_HOST")
EMAIL_PORT = env_int("CLOSEKNIT_EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("CLOSEKNIT_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("CLOSEKNIT_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("CLOSEKNIT_EMAIL_USE_TLS", True)
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env_str("CLOSEKNIT_EMAIL_FROM", "Closeknit <closeknit@localhost>")

# Security headers. Content-Security-Policy: our own origin only, no inline script
# or style, no frames (docs/adr/0003-privacy-model.md).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}
CSRF_FAILURE_VIEW = "closeknit.home.views.csrf_failure"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14

if IS_PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("CLOSEKNIT_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("CLOSEKNIT_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # Behind a reverse proxy that terminates TLS (README: Deploying).
    if env_bool("CLOSEKNIT_BEHIND_PROXY", True):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("CLOSEKNIT_LOG_LEVEL", "WARNING").upper()},
}
