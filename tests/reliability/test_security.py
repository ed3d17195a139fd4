"""Production settings refuse to run unsafely; every response carries a content security policy."""

import os
import secrets
import subprocess
import sys

import pytest
from django.test import Client
from django.urls import reverse

from ..conftest import ROOT


def manage(env, *args):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})  # fmt: skip


def test_production_refuses_to_start_without_a_secret_key_or_hosts(tmp_path):
    base = {"CLIPPINGS_ENV": "production", "CLIPPINGS_DATA_DIR": str(tmp_path)}
    result = manage(base, "check")
    assert result.returncode != 0 and "production needs CLIPPINGS_SECRET_KEY" in result.stderr
    result = manage({**base, "CLIPPINGS_SECRET_KEY": secrets.token_urlsafe(60)}, "check")
    assert result.returncode != 0 and "production needs CLIPPINGS_ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_checklist(tmp_path):
    env = {
        "CLIPPINGS_ENV": "production",
        "CLIPPINGS_DATA_DIR": str(tmp_path),
        "CLIPPINGS_SECRET_KEY": secrets.token_urlsafe(60),
        "CLIPPINGS_ALLOWED_HOSTS": "archive.example.org",
        "CLIPPINGS_DEBUG": "1",  # asked for, and still off
    }
    result = manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    result = manage(env, "shell", "-c", "from django.conf import settings; print(settings.DEBUG)")
    assert result.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_without_inline_script(client):
    response = client.get(reverse("archive:home"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_admin_forms_need_a_csrf_token(admin_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    response = client.post(reverse("admin:archive_topic_add"), {"name": "Forged", "slug": "forged"})
    assert response.status_code == 403
