""""..., his agent said." then the agent named without a role in the next sentence; a lone name the article never
wrote after a given name or a title is a body's short name ("Morava disputed that figure ... the club said")."""

from tests.extraction_helpers import claim_with, source_names


def test_possessed_representative_named_in_the_next_sentence():
    text = ("The 23-year-old striker is expected to fly to Madrid for a medical next week, his agent said. "
            "\"We are nearly there,\" Ana Petrova told the daily Marca.")
    assert source_names(text, "medical next week") == ["Ana Petrova"]
    text = ("The singer will not appeal the ruling, her lawyer said. "
            "\"She wants to move on,\" Tom Reilly told reporters outside the court.")
    assert source_names(text, "appeal the ruling") == ["Tom Reilly"]


def test_representative_not_named_next_keeps_the_phrase():
    # (the next sentence names someone with a role of their own)
    text = ("The striker will leave in January, his agent said. "
            "Club president Milan Kos said no offer had been received.")
    assert source_names(text, "leave in January") == ["his agent"]


def test_lone_short_name_of_a_body_is_the_club():
    text = ("Dunmore Rovers striker Leo Hart is close to joining a Spanish side, according to officials at both "
            "clubs. Dunmore disputed the reported fee. In a statement on its website, the club said the sum was "
            "far below what had been agreed.")
    c = claim_with(text, "Dunmore disputed")
    assert [s["name"] for s in c["sources"]] == ["Dunmore"] and c["sources"][0]["kind"] == "organization"
    assert source_names(text, "far below") == ["Dunmore"]


def test_surname_stays_a_person():
    text = ("Uralets general director Vadim Korolyov confirmed the talks. "
            "\"He is a modern forward,\" Korolyov said.")
    c = claim_with(text, "modern forward")
    assert [s["name"] for s in c["sources"]] == ["Vadim Korolyov"] and c["sources"][0]["kind"] == "person"
