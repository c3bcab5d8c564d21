"""Company and person names the small model mis-types: "Ms Rudd" after a named chief executive, a company
named after its trade ("Norvik Coal"), a name with a particle ("Metro de Lisboa"), and the platform a clip was
shared on, which is not "the company" of the story."""

from tests.extraction_helpers import claim_with, source_names


def test_courtesy_title_after_asked_is_the_named_person():
    text = ("Gillian Rudd, the chief executive, said the problems were temporary. "
            "Asked whether she had considered resigning, Ms Rudd said: \"No. My job is to fix this.\"")
    assert source_names(text, "Asked whether") == ["Gillian Rudd"]
    assert claim_with(text, "Asked whether")["sources"][0]["kind"] == "person"


def test_courtesy_title_of_an_unknown_surname_is_left_alone():
    text = "The shop was closed on Monday. Asked about the closure, Mr Abernathy said: \"We will reopen soon.\""
    assert source_names(text, "Asked about") == ["Abernathy"]


def test_trade_word_company_is_an_organisation_for_the_company():
    text = ("A fire broke out at the Zhanatas mine on Friday. Tarvik Coal said in a statement that ventilation "
            "had been restored. The company said the fire was localised.")
    assert claim_with(text, "Tarvik Coal said")["sources"][0]["kind"] == "organization"
    assert source_names(text, "The company said") == ["Tarvik Coal"]
    text = "Ostrava Mining said output had fallen. The firm said it would cut jobs."
    assert claim_with(text, "Ostrava Mining said")["sources"][0]["kind"] == "organization"


def test_person_with_an_ordinary_surname_stays_a_person():
    text = "Karen Holloway said the plan had failed."
    assert claim_with(text, "Karen Holloway")["sources"][0]["kind"] == "person"


def test_name_with_a_particle_is_one_body():
    text = "Metro de Lisboa rejected the claim. The company said all stations had operated normally."
    assert source_names(text, "rejected the claim") == ["Metro de Lisboa"]
    assert claim_with(text, "rejected the claim")["sources"][0]["kind"] == "organization"
    assert source_names(text, "all stations") == ["Metro de Lisboa"]


def test_person_name_with_a_particle_stays_a_person():
    for text, name in (("Ursula von der Leyen said the deal was done.", "Ursula von der Leyen"),
                       ("Ana de Souza said she was happy with the result.", "Ana de Souza")):
        c = claim_with(text, "said")
        assert [s["name"] for s in c["sources"]] == [name]
        assert c["sources"][0]["kind"] == "person"


def test_platform_of_a_clip_is_not_the_company():
    text = ("A video shared thousands of times on TikTok claims to show a flooded station. The clip was first "
            "posted on TikTok on Monday and copied to Facebook. TikTok users shared it widely. "
            "Metro de Lisboa also rejected the claim. In a statement on Tuesday, the company said that all "
            "stations had operated normally.")
    assert source_names(text, "all stations") == ["Metro de Lisboa"]
