"""People the article does not name, and people the small model does not recognise as people: the
unnamed person quoted again ("said the woman"), a clearly gendered given name that makes a person,
and what such people say in features ("she says", "by her own count")."""

from .extraction_helpers import source_names


def test_the_woman_is_the_unnamed_neighbour_just_quoted():
    text = (
        'A neighbour who lives on the moorings said she heard shouting. "It went quiet after a minute," '
        "said the woman, who asked not to be named."
    )
    assert source_names(text, "went quiet") == ["A neighbour"]


def test_the_woman_is_not_an_unnamed_man():
    text = 'A resident said the shooting lasted an hour. Officer Jane Price arrived at dawn. "It was over," said the woman.'
    assert source_names(text, "It was over") != ["A resident"]


def test_a_person_the_model_reads_as_a_place_speaks_in_a_feature():
    text = (
        "At 81, Agnes Fairlie still opens her shop at eight every morning.\n\n"
        'Agnes Fairlie emerges from the back room and apologises for the wait. "I had a pendulum in pieces," '
        "she says."
    )
    assert source_names(text, "pendulum") == ["Agnes Fairlie"]


def test_people_pointing_to_a_cause_and_documents_calling_on_someone():
    assert source_names("Installers point to a shortage of trained engineers.", "shortage") == ["Installers"]
    text = "The 14-page draft, released shortly after midnight, calls on countries to accelerate efforts."
    assert "14-page draft" in source_names(text, "accelerate")[0]


def test_a_role_acronym_is_named_by_its_person():
    text = "The Ferozewala SHO, Inspector Tariq Mehmood, denied that any complaint had been received."
    assert source_names(text, "complaint") == ["Tariq Mehmood"]


def test_what_officers_believe_inside_a_statement_is_not_a_second_speaker():
    text = "A police official said officers believed the man had been approached by two men."
    assert source_names(text, "approached") == ["A police official"]


def test_a_referee_pointing_to_the_spot_says_nothing():
    assert source_names("After a two-minute check, Pirie pointed to the spot.", "spot") == []


def test_a_site_on_the_ground_is_no_website():
    text = "UNHCR said it was alarmed by the attack, the third on a displacement site in Borno this year."
    from .extraction_helpers import sources_with_via

    assert sources_with_via(text, "alarmed") == [("UNHCR", None)]


def test_a_name_between_commas_after_its_description_names_the_body():
    text = 'The United Nations refugee agency, UNHCR, said it was "deeply alarmed" by the attack.'
    assert source_names(text, "alarmed") == ["UNHCR"]
