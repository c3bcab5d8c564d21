"""Naming and resolving sources: acronyms take the fullest name the article gives, epithets point at the
person just named, descriptions take the name the article gives them later."""

from claims.extraction import extract

from .extraction_helpers import claim_with, source_names

# --- an acronym whose full name has a qualifier after the spelled words ---------------------------

ACRONYM = (
    "The International Labour Organization of the United Nations (ILO) published new figures on Monday.\n\n"
    "The ILO said youth unemployment had risen in 40 countries.\n\n"
    "Unemployment among women rose fastest, according to the ILO."
)


def test_acronym_takes_full_name_with_qualifier():
    full = "International Labour Organization of the United Nations"
    assert source_names(ACRONYM, "youth unemployment") == [full]
    assert source_names(ACRONYM, "among women") == [full]


def test_acronym_without_qualifier_unchanged():
    text = ("The World Meteorological Organization (WMO) issued a warning.\n\n"
            "The WMO said the heatwave would last a week.")
    assert source_names(text, "heatwave") == ["World Meteorological Organization"]


def test_unrelated_acronym_not_expanded():
    text = ("The Organization of American States met in Lima.\n\n"
            "The NRC said the reactor was safe.")
    assert source_names(text, "reactor") == ["NRC"]


# --- epithets: demonyms and ages with a relative clause ---------------------------------------------

def _epithet(sentence: str) -> list[dict]:
    text = "Marta Nilsen said her team had played badly. " + sentence
    return claim_with(text, sentence[:20])["sources"]


def test_demonym_with_relative_clause_is_the_person_just_named():
    srcs = _epithet("The Norwegian, whose side have lost four in a row, said the pitch was poor.")
    assert [s["name"] for s in srcs] == ["Marta Nilsen"]
    assert srcs[0]["descriptor"] == "The Norwegian"


def test_unlabelled_demonym_is_the_person_just_named():
    assert [s["name"] for s in _epithet("The Swede, who joined in May, said the referee was wrong.")] \
        == ["Marta Nilsen"]


def test_age_epithet_with_relative_clause():
    srcs = _epithet("The 29-year-old, who scored twice, said the club would appeal.")
    assert [s["name"] for s in srcs] == ["Marta Nilsen"]


def test_collective_demonym_is_not_a_person():
    names = [s["name"] for s in _epithet("The French said the summit would go ahead.")]
    assert "Marta Nilsen" not in names


def test_named_body_after_the_is_not_an_epithet():
    names = [s["name"] for s in _epithet("The Kremlin said the summit would go ahead.")]
    assert "Marta Nilsen" not in names


def test_no_person_before_leaves_epithet_alone():
    out = extract("Headline\n\nThe Dane said the club would write to the league.")
    assert all(s["name"] != "Marta Nilsen" for c in out["claims"] for s in c["sources"])


# --- a description that names itself later -----------------------------------------------------------

def test_group_named_in_the_next_sentence():
    text = ("A hacking collective has claimed it leaked the city's payroll files, saying it acted in protest. "
            "The collective, which calls itself Grey Heron, published the files on a forum on Sunday.")
    srcs = claim_with(text, "payroll")["sources"]
    assert [s["name"] for s in srcs] == ["Grey Heron"]
    assert srcs[0]["descriptor"] == "A hacking collective"


def test_group_known_as_renames_description():
    text = ("An extortion gang said it had stolen data from the port operator. "
            "The gang, known as Red Tide, has targeted shipping firms before.")
    assert source_names(text, "port operator") == ["Red Tide"]


def test_other_head_noun_is_not_renamed():
    text = ("A local charity said the shelter was full. "
            "The group, which calls itself Night Owls, listed the city's rough sleepers on a website.")
    assert source_names(text, "shelter was full") == ["A local charity"]


def test_self_named_group_is_an_organization():
    text = ("A hacking collective has claimed it leaked the city's payroll files, saying it acted in protest. "
            "The collective, which calls itself Grey Heron, published the files on a forum on Sunday.")
    assert claim_with(text, "payroll")["sources"][0]["kind"] == "organization"


def test_known_as_on_another_noun_does_not_rename_the_source():
    text = ("The drug, known as ZX-40, cut relapses by a third, the study said.")
    assert "ZX-40" not in source_names(text, "relapses")


# --- the journal a study was published in ------------------------------------------------------------

JOURNAL = ("A daily pill halved migraine attacks, according to a trial published in the Annals of Neurology. "
           "In a commentary, the journal's editors wrote that the effect was larger than expected. "
           "The journal said the trial had been independently monitored.")


def test_journals_editors_are_the_journal():
    srcs = claim_with(JOURNAL, "commentary")["sources"]
    assert [(s["name"], s["kind"]) for s in srcs] == [("Annals of Neurology", "outlet")]
    assert srcs[0]["descriptor"] == "the journal's editors"


def test_the_journal_said_is_the_journal():
    assert source_names(JOURNAL, "independently monitored") == ["Annals of Neurology"]


def test_journal_not_named_stays_a_description():
    text = "In a commentary, the journal's editors wrote that the effect was larger than expected."
    assert "Annals of Neurology" not in source_names(text, "commentary")


# --- a public service described in the lede and named right after ------------------------------------

def test_lede_service_takes_the_name_given_next():
    text = ("Three hikers were rescued from a glacier in the Alps on Sunday, the rescue service said.\n\n"
            "The Bergrettung Tirol said its helicopter had reached them within an hour.")
    srcs = claim_with(text, "Three hikers")["sources"]
    assert [(s["name"], s["kind"]) for s in srcs] == [("Bergrettung Tirol", "government")]
    assert srcs[0]["descriptor"] == "the rescue service"


def test_unrelated_description_is_not_renamed_forward():
    text = ("Three hikers were rescued from a glacier in the Alps on Sunday, the hotel owner said.\n\n"
            "The Alpine Club said its members had helped.")
    assert "Alpine Club" not in source_names(text, "Three hikers")


# --- possessed bodies: "his campaign", "X's office", "what it said" ------------------------------------

def test_his_campaign_is_the_named_persons_campaign():
    text = ("Tomas Ruiz said the election had been stolen. "
            "His campaign said the count in three provinces had been altered.")
    srcs = claim_with(text, "His campaign")["sources"]
    assert [s["name"] for s in srcs] == ["Tomas Ruiz's campaign"]


def test_her_office_is_the_named_womans_office():
    text = "Sarah Collins, the mayor, said the bridge would reopen. Her office said repairs would cost $4 million."
    assert source_names(text, "Her office") == ["Sarah Collins's office"]


def test_it_inside_the_subjects_clause_is_the_subject():
    text = ("Tomas Ruiz said the election had been stolen. "
            "His campaign circulated a video that it said showed ballot stuffing.")
    assert source_names(text, "ballot stuffing") == ["Tomas Ruiz's campaign"]


def test_it_in_a_reporting_main_clause_is_not_taken_from_subject():
    text = "The storm hit the coast on Monday. The weather was calm, the ministry said it had been told."
    assert "weather" not in " ".join(source_names(text, "weather was calm"))


def test_title_before_possessor_becomes_the_descriptor():
    text = "Danish Prime Minister Lone Holm's office said in a statement that the meeting was cancelled."
    srcs = claim_with(text, "meeting was cancelled")["sources"]
    assert [(s["name"], s["descriptor"]) for s in srcs] == [("Lone Holm's office", "Danish Prime Minister")]


def test_a_named_bodys_role_is_not_given_to_another_title_holder():
    text = ("President Matti Laine's office said the talks had failed. "
            "The IMF's president said the loan was safe.")
    assert "Matti Laine" not in source_names(text, "loan was safe")


# --- "the company" in a sentence whose subject is a company the model reads as a person --------------

def test_company_noun_before_name_makes_it_the_company():
    text = "Swedish furniture maker Lindqvist will close two stores in Norway, the company said on Friday."
    assert source_names(text, "close two stores") == ["Lindqvist"]


def test_person_subject_is_not_the_company():
    text = "Chief executive Anna Berg will step down in May, the company said on Friday."
    assert "Anna Berg" not in source_names(text, "step down")


# --- a team "led by" a named body, and "the researchers" after it ------------------------------------

TEAM = ("A team led by the University of Otago found that kelp forests recovered within five years. "
        "The researchers believe warmer winters slowed the urchins that graze on them. "
        "Using satellite images, the team estimated that a tenth of the coast had recovered.")


def test_team_led_by_is_named_as_written():
    srcs = claim_with(TEAM, "kelp forests")["sources"]
    assert [(s["name"], s["kind"]) for s in srcs] == [("A team led by the University of Otago", "organization")]


def test_the_researchers_and_the_team_are_that_team():
    assert source_names(TEAM, "warmer winters") == ["A team led by the University of Otago"]
    assert source_names(TEAM, "satellite images") == ["A team led by the University of Otago"]


def test_researchers_without_a_named_team_stay_as_written():
    text = "The researchers believe warmer winters slowed the urchins."
    assert "Otago" not in " ".join(source_names(text, "warmer winters"))


def test_team_led_by_lowercase_phrase_is_not_expanded():
    text = "A team led by scientists in Chile found that the glacier had shrunk by half."
    assert source_names(text, "glacier") != ["A team led by scientists in Chile"]


# --- acronyms paired with the full name without brackets ----------------------------------------------

def test_acronym_then_full_name_in_apposition():
    text = ("IOM, the International Organization for Migration, said 300 people had arrived. "
            "IOM said most were from Sudan.")
    assert source_names(text, "most were from Sudan") == ["International Organization for Migration"]


def test_full_name_or_acronym():
    text = ("Inspectors from the National Transportation Safety Board, or NTSB, reached the site on Monday. "
            "The NTSB said the engine had failed.")
    assert source_names(text, "engine had failed") == ["National Transportation Safety Board"]


def test_apposition_that_does_not_spell_the_acronym():
    text = "NATO, the Western alliance, met on Monday. NATO said it would send more jets."
    assert source_names(text, "more jets") == ["NATO"]


# --- a company described in the lede and named in the next sentences ----------------------------------

def test_lede_developer_takes_the_company_named_next():
    text = ("Residents have objected to a quarry near Ashby, and the operator said it would appeal.\n\n"
            "The application, lodged by Brackenridge Aggregates Ltd, covers 30 hectares.")
    srcs = claim_with(text, "Residents have objected")["sources"]
    assert [s["name"] for s in srcs] == ["Brackenridge Aggregates Ltd"]


def test_two_companies_named_next_leave_the_description():
    text = ("Residents have objected to a quarry near Ashby, and the operator said it would appeal.\n\n"
            "The application, lodged by Brackenridge Aggregates Ltd with Tarn Stone plc, covers 30 hectares.")
    names = source_names(text, "Residents have objected")
    assert "Brackenridge Aggregates Ltd" not in names and "Tarn Stone plc" not in names


# --- people counted before they are named -------------------------------------------------------------

def test_two_candidates_named_in_the_next_sentence():
    text = ("The two remaining candidates both claimed victory on Sunday as counting was suspended.\n\n"
            "With most ballots counted, centrist Lena Varga had 48% and nationalist Pavel Horak had 47%.")
    srcs = claim_with(text, "claimed victory")["sources"]
    assert sorted(s["name"] for s in srcs) == ["Lena Varga", "Pavel Horak"]
    assert srcs[0]["descriptor"].endswith("two remaining candidates")


def test_count_that_does_not_match_the_names_is_left():
    text = ("The three remaining candidates all claimed victory on Sunday as counting was suspended.\n\n"
            "With most ballots counted, centrist Lena Varga had 48% and nationalist Pavel Horak had 47%.")
    names = source_names(text, "claimed victory")
    assert "Lena Varga" not in names
