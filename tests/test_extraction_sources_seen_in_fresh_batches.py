"""Shapes met in articles written for the project after the rules were, each a common newsroom form: an outlet the
speaker's own clause says they spoke to, a post shared on a platform that 'claimed', a document seen by an outlet
that 'rated' or 'provides for', a statement signed by an official (no channel), a country's ministry behind 'its
health ministry', a body's name with 'and' in it, a party known by one word, 'they' for one unnamed person, the
role word for the person just written about, and 'she' in a clause joined to the named speaker's."""
from .extraction_helpers import source_names, sources_with_via


def test_an_outlet_the_speaker_spoke_to_is_the_via():
    text = ("A law enforcement official familiar with the investigation, who was not authorized to discuss it "
            "publicly and spoke to The Associated Press on condition of anonymity, said the officer fired twice.")
    assert sources_with_via(text, "fired twice") == [
        ("A law enforcement official familiar with the investigation", "Associated Press")]


def test_speaking_to_a_person_is_no_via():
    text = "A resident, who spoke to his neighbour Tom Reed about the fire, said the alarm never sounded."
    assert [v for _n, v in sources_with_via(text, "alarm never sounded")] == [None]


def test_a_post_shared_many_times_on_a_platform_that_claimed():
    text = "A post shared more than 4,000 times on Facebook claimed the Hillyard branch would close entirely."
    assert source_names(text, "Hillyard branch") == ["Facebook"]


def test_a_document_seen_by_an_outlet_that_rated_or_provides_for():
    rated = 'A risk register seen by the Guardian rated the programme "red" in every quarter from early 2023.'
    assert sources_with_via(rated, "risk register") == [("A risk register seen by the Guardian", "Guardian")]
    provides = "A draft text seen by Reuters provides for a halt to all offensive operations within 72 hours."
    assert sources_with_via(provides, "draft text") == [("A draft text seen by Reuters", "Reuters")]


def test_a_statement_signed_by_an_official_has_no_channel():
    text = ("In a statement signed by its Secretary-General, Emeka Nwosu-Daniels, the Athletics Federation of "
            "Nigeria said it had been notified of the case.")
    assert sources_with_via(text, "notified of the case") == [("Athletics Federation of Nigeria", None)]


def test_a_countrys_count_according_to_its_ministry():
    text = ("Neighbouring Mozambique has reported 412 cases in Tete and Zambezia provinces this year, according to "
            "its health ministry.")
    assert source_names(text, "412 cases") == ["Mozambique's health ministry"]


def test_a_company_that_reports_from_its_own_annual_report_stays():
    text = ("Brookvale Dairies is the region's biggest employer. It reported net sales of $3.4 billion last year, "
            "according to its annual report.")
    assert "Brookvale Dairies" in source_names(text, "net sales")


def test_a_bodys_name_with_and_inside():
    text = 'The Felixstowe Dock and Railway Company, which operates the port, said the offer was "fair".'
    assert source_names(text, "offer was") == ["Felixstowe Dock and Railway Company"]


def test_a_party_known_by_one_word_is_a_body():
    from claims.extraction import extract
    claim = extract('Headline\n\nWelsh Labour said the plan "does not add up".')["claims"][0]
    assert [(s["name"], s["kind"]) for s in claim["sources"]] == [("Welsh Labour", "organization")]


def test_they_for_one_unnamed_person_who_just_spoke():
    text = ("One Plaid MS, who did not want to be named, told the Guardian the change had been agreed last month. "
            '"Nobody in the room should be surprised," they said.')
    assert sources_with_via(text, "Nobody in the room") == [("Plaid MS", "Guardian")]


def test_the_role_word_for_the_person_the_sentence_before_was_about():
    text = ("Nigerian sprinter Grace Okonkwo-Bello won silver in 2019.\n\n"
            "The Athletics Integrity Unit has suspended Nigeria's 100m champion, Blessing Adeyemi.\n\n"
            "Adeyemi, who won gold in December, faces a ban of up to four years.\n\n"
            "The sprinter denied the allegation in a post on Instagram on Tuesday night.")
    assert sources_with_via(text, "denied the allegation") == [("Blessing Adeyemi", "Instagram")]


def test_she_in_a_clause_joined_to_the_named_speakers():
    text = ("Fire chief Jessica Thiessen said crews were stretched.\n\n"
            "Mayor Robin Tremblay wrote on Facebook that no structures had been lost, but she warned residents "
            'that "the next 48 hours will be critical".')
    assert source_names(text, "no structures") == ["Robin Tremblay"]
