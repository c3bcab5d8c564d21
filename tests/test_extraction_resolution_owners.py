"""Source name resolution of owned things and owners: an office owned by a role ("the mayor's office"), a
channel or page owned by a body ("the Facebook page of the city council"), and a lede's description of an
owner the next sentence names ("The owner of a bakery chain ..." / "Tomas Reyes, 52, the founder of ...")."""

from claims.extraction import extract
from tests.extraction_helpers import source_names


def _names(text: str, needle: str) -> list[str]:
    c = next(c for c in extract(text)["claims"] if needle in c["text"])
    return [s["name"] for s in c["sources"]]


# --- "the president's office": the head AND its owner must fit ---------------------------------------------

def test_role_office_is_not_another_office():
    text = ("The World Health Organization's Office for Europe warned that cholera cases were rising.\n\n"
            "The governor's office said the water supply would be restored by Friday.")
    names = source_names(text, "water supply")
    assert names and "Office for Europe" not in " ".join(names)
    assert "governor's office" in names[0]


def test_role_office_is_the_named_holders_office():
    text = ("Governor Alma Ruiz toured the flooded districts on Monday.\n\n"
            "The Red Cross Regional Office estimated that 9,000 people had lost their homes.\n\n"
            "The governor's office said emergency grants would be paid within a week.")
    assert source_names(text, "emergency grants") == ["Alma Ruiz's office"]


def test_plain_office_still_resolves_to_the_named_office():
    text = ("The Federal Statistical Office published new inflation figures on Tuesday.\n\n"
            "Prices rose 2.1 per cent in March, the office said.")
    assert source_names(text, "Prices rose") == ["Federal Statistical Office"]


# --- a channel or page is never the speaker: its owner is -----------------------------------------------

def test_owner_of_the_channel_speaks():
    text = ("A video on the Telegram channel of the Zaporizhzhia regional administration showed firefighters at "
            "a burning warehouse.\n\n"
            "The administration said two workers had been taken to hospital.")
    assert source_names(text, "two workers") == ["Zaporizhzhia regional administration"]


def test_owner_of_the_page_speaks():
    text = ("Photos posted on the Facebook page of the Leeds city council showed a collapsed wall.\n\n"
            "The council said no one had been hurt.")
    assert source_names(text, "no one had been hurt") == ["Leeds city council"]


def test_channel_head_still_means_the_channel():
    # (a description with no owner in the channel's description stays unresolved, not a made-up owner)
    text = ("A clip shared on a Telegram channel showed smoke over the port.\n\n"
            "The ministry said the fire had been put out.")
    assert "Telegram" not in " ".join(source_names(text, "fire had been put out"))


# --- a lede's description of an owner, named in the next sentence ----------------------------------------

_TRIAL = ("Bakery owner tells court she was pressured to pay\n"
          "A bakery boss has told a court she paid a council inspector to ignore hygiene breaches.\n\n"
          "The owner of a bakery chain with 30 shops in Leicester has testified that she handed a former "
          "inspector £8,000 in cash.\n\n"
          "Carla Whitmore, 51, the founder of Crumb & Co, was giving evidence on the second day of the trial.\n\n"
          "Ms Whitmore said the inspector had threatened to close two shops.")


def test_lede_definite_description_of_owner_is_the_next_named_person():
    assert _names(_TRIAL, "has testified") == ["Carla Whitmore"]


def test_standfirst_boss_is_the_owner_the_lede_names():
    assert "Carla Whitmore" in _names(_TRIAL, "bakery boss")


def test_definite_description_without_indefinite_owner_is_not_cataphoric():
    # ("The owner said" with no "of a ..." introduction is not a first mention: no binding to a later name)
    text = ("Shop closes after fire\n"
            "A fire destroyed a shop in the town centre overnight.\n\n"
            "The owner said the building was not insured.\n\n"
            "Firefighter Paul Grant, 44, the station commander, was first on the scene.")
    assert "Paul Grant" not in _names(text, "not insured")


# --- released items speak for whoever released them ------------------------------------------------------

def test_pictures_are_the_releasing_agencys():
    text = ("The Japan Aerospace Exploration Agency released the photographs on Monday.\n\n"
            "The images show a shallow trench where the lander touched down.")
    assert source_names(text, "shallow trench") == ["Japan Aerospace Exploration Agency"]


def test_video_is_the_releasing_forces():
    text = ("The Metropolitan Police published the footage on Friday.\n\n"
            "The video shows two men leaving the jeweller's by a back door.")
    assert source_names(text, "two men leaving") == ["Metropolitan Police"]


def test_item_of_another_class_is_not_the_releasers():
    # (a report released is not "the images")
    text = ("The Japan Aerospace Exploration Agency released a report on the landing on Monday.\n\n"
            "The images show a shallow trench where the lander touched down.")
    assert "Japan Aerospace Exploration Agency" not in source_names(text, "shallow trench")


# --- a filing with a body is not the body's ----------------------------------------------------------------

def test_filing_with_regulator_is_the_document():
    text = ("Harbor Mutual plans to close 40 branches next year, according to a filing with the Securities and "
            "Exchange Commission.\n\n"
            "The filing shows that about 600 jobs will go.")
    assert source_names(text, "close 40 branches") == ["a filing with the Securities and Exchange Commission"]
    assert source_names(text, "600 jobs") == ["a filing with the Securities and Exchange Commission"]


def test_report_by_a_body_is_still_the_body():
    text = ("Air pollution killed 9,000 people in the city last year, according to a report by the Royal "
            "College of Physicians.")
    assert source_names(text, "Air pollution") == ["Royal College of Physicians"]


# --- a name hung on an apposed description ---------------------------------------------------------------

def test_name_in_apposition_of_apposition_is_the_speaker():
    text = "The union's leader, the veteran organiser Paula Brandt, said the strike would go ahead."
    assert source_names(text, "strike would go ahead") == ["Paula Brandt"]


def test_description_in_apposition_without_a_name_keeps_the_phrase():
    text = "The club's owner, the businessman, said the stadium would be sold."
    assert "businessman" not in " ".join(source_names(text, "stadium would be sold")).split()[-1:]


def test_lede_former_worker_at_a_body_is_the_next_named_person():
    text = ("Care home inquiry hears of ignored alarms\n"
            "Relatives say the home's owners cut night staff to save money.\n\n"
            "A former night-shift supervisor at a care home where two residents died in a fire told an inquiry on "
            "Tuesday that she had reported broken smoke alarms at least three times.\n\n"
            "Linda Fairweather, 52, was the first witness to give evidence.\n\n"
            "Ms Fairweather said the alarms were never repaired.")
    assert _names(text, "broken smoke alarms") == ["Linda Fairweather"]


def test_lede_former_worker_not_bound_when_next_sentence_opens_otherwise():
    text = ("Care home inquiry hears of ignored alarms\n"
            "Relatives say the home's owners cut night staff to save money.\n\n"
            "A former night-shift supervisor at a care home where two residents died in a fire told an inquiry on "
            "Tuesday that she had reported broken smoke alarms at least three times.\n\n"
            "The inquiry, which opened in May, is expected to last six weeks.\n\n"
            "Linda Fairweather, the home's manager, said the alarms had been tested.")
    assert "Linda Fairweather" not in _names(text, "broken smoke alarms")


# --- a person set up in apposition to the subject is the next "he"/"she" ---------------------------------

def test_pronoun_is_the_person_set_up_in_apposition_just_before():
    text = ("A regional fire chief said the warning came too late.\n\n"
            "Anna Kowalski, a dispatcher at the control room, said she had sent the warning at 1 a.m.\n\n"
            "Her deputy, Marek Nowak, is due to give evidence on Monday. In a statement released on Friday, he "
            "said the radio system had failed.")
    assert source_names(text, "radio system had failed") == ["Marek Nowak"]


def test_pronoun_of_the_other_gender_skips_the_apposed_person():
    text = ("Anna Kowalski, a dispatcher at the control room, said she had sent the warning at 1 a.m.\n\n"
            "Her deputy, Marek Nowak, is due to give evidence on Monday. She said the radio system had failed.")
    assert source_names(text, "radio system had failed") == ["Anna Kowalski"]


# --- one legal filing under another word ----------------------------------------------------------------

def test_filing_is_the_complaint_cited_before():
    text = ("A former chef is suing the restaurant group for unpaid overtime.\n\n"
            "According to the complaint, she worked 70-hour weeks for two years. The filing alleges that managers "
            "altered her time sheets.")
    names = source_names(text, "altered her time sheets")
    assert len(names) == 1 and names[0].endswith("complaint")


def test_filing_is_not_an_unrelated_report():
    text = ("According to the report, the kitchen failed two inspections. The filing alleges that managers "
            "altered the time sheets.")
    assert source_names(text, "altered the time sheets") != ["the report"]


# --- a hyphenated title is no apposition -------------------------------------------------------------------

def test_hyphenated_title_of_a_body_named_in_apposition():
    text = ('"The first shots came without warning," the secretary-general of the FNT, Lucía Paredes, told '
            'reporters.')
    assert source_names(text, "without warning") == ["Lucía Paredes"]


def test_hyphenated_title_without_a_name_keeps_the_phrase():
    text = "The secretary-general of the union said the strike would go ahead."
    assert "union" in source_names(text, "strike would go ahead")[0]
