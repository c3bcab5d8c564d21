import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verify.settings")
application = get_wsgi_application()

from verify.gc_tuning import tune_web_process  # noqa: E402 (needs the application loaded)

tune_web_process()
