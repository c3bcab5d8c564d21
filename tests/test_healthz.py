import pytest

pytestmark = pytest.mark.django_db


def test_it_reports_the_database_and_the_in_process_broker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert response.json()["broker"].startswith("in-process")


def test_it_refuses_to_change_anything(client):
    assert client.post("/healthz").status_code == 405
