"""'Its <body>' right after a sentence about a country or organisation: that one's body, named
"<owner>'s <body>"."""

from tests.extraction_helpers import claim_with, source_names


def test_country_then_its_directorate():
    text = "Neighbouring Austria has offered help. Its civil protection agency said it had sent six pumps."
    c = claim_with(text, "six pumps")
    assert [s["name"] for s in c["sources"]] == ["Austria's civil protection agency"]
    assert c["sources"][0]["kind"] == "government"


def test_country_then_its_ministry():
    text = "France has sent troops to the border. Its defence ministry said 300 soldiers had arrived."
    assert source_names(text, "300 soldiers") == ["France's defence ministry"]


def test_company_then_its_subsidiary():
    text = "Acme Corp has cut 200 jobs. Its German subsidiary said the cuts were painful."
    assert source_names(text, "cuts were painful") == ["Acme Corp's German subsidiary"]


def test_its_person_role_is_not_a_body():
    text = "Acme Corp has cut 200 jobs. Its chief executive said the cuts were painful."
    assert "Acme Corp's chief executive" not in source_names(text, "cuts were painful")


def test_no_owner_before_keeps_the_phrase():
    text = "The floods reached the town on Monday. Its emergency service said 40 homes were flooded."
    assert source_names(text, "40 homes") != ["Monday's emergency service"]
