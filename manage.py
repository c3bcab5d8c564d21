#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verify.settings")
    # manage.py is the developer's tool: without DEBUG in the environment it runs in development
    # mode (no SECRET_KEY needed). The production processes start from verify/wsgi.py and
    # verify/celery.py, which assume nothing; run commands in production with DEBUG=0 set.
    os.environ.setdefault("DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
