"""Members of an unnamed group keep their own phrase, completed with the group's; people who give a name."""

from tests.extraction_helpers import source_names, sources_with_via

BID = ("Harbour Freight is weighing an offer for Pell Logistics, according to people briefed on the talks. "
       "The two boards met in Oslo last week, one of the people said. "
       "No price has been agreed, they said. "
       "Harbour Freight has hired Rothschild as adviser, the person said.")


def test_member_of_group_takes_the_groups_post_modifier():
    assert source_names(BID, "met in Oslo") == ["one of the people briefed on the talks"]


def test_they_after_a_member_is_the_group():
    assert source_names(BID, "No price has been agreed") == ["people briefed on the talks"]


def test_the_person_is_the_member_just_quoted():
    assert source_names(BID, "hired Rothschild") == ["one of the people briefed on the talks"]


def test_member_without_group_phrase_after_the_noun_keeps_its_phrase():
    text = ("Four ministry officials said the tender had been rigged. "
            "Two of the officials said the minister knew.")
    assert source_names(text, "the minister knew") == ["Two of the officials"]


def test_one_of_them_stays_as_written():
    text = ("Three dockers who asked not to be named said the cranes were unsafe. "
            "\"We are scared every shift,\" one of them said.")
    assert source_names(text, "scared every shift") == ["one of them"]


def test_the_official_after_a_single_official_is_that_official():
    text = ("People close to the talks said a deal was near. A senior official said the plan was dead. "
            "The official said talks would resume in March.")
    assert source_names(text, "resume in March") == ["A senior official"]


def test_person_who_gives_a_name():
    text = ("Another shopper, who gave her name only as Delphine, told France Info she had queued for hours. "
            "A fisherman who gave only his first name, Tiago, said the catch had collapsed. "
            "A shopkeeper who was named in the report said sales were down.")
    assert source_names(text, "queued for hours") == ["Delphine"]
    assert source_names(text, "catch had collapsed") == ["Tiago"]
    assert source_names(text, "sales were down") == ["A shopkeeper"]


# ---- descriptions in the headline or lede of a body or person the next sentences name ----

def test_lede_description_named_in_next_sentence_by_same_class_noun():
    text = ("Fighting in the north of the country has killed 20 people since Friday, a rights monitor said on Sunday. "
            "The Kivu Security Observatory said most of the dead were farmers. "
            "Twelve of the deaths happened in one village, the monitor said.")
    assert source_names(text, "killed 20 people") == ["Kivu Security Observatory"]
    assert source_names(text, "one village") == ["Kivu Security Observatory"]


def test_lede_person_named_at_start_of_next_sentence():
    text = ("A former nurse at a care home where four residents died told an inquest on Monday that she had "
            "reported the broken heating twice. "
            "Maria Okonjo, 44, was the first witness called by the coroner.")
    assert source_names(text, "broken heating") == ["Maria Okonjo"]


def test_lede_with_two_described_people_is_not_resolved_to_the_next_name():
    text = ("A federal judge on Monday ordered a former city auditor to stay in jail until his trial. "
            "Peter Lowry, 58, is accused of taking bribes.")
    assert source_names(text, "stay in jail") != ["Peter Lowry"]


def test_anonymous_lede_description_keeps_its_phrase():
    text = ("The ministry will cut the subsidy next month, a senior official said on Monday. "
            "Finance Minister Rosa Elbaz said the budget had to be balanced.")
    assert source_names(text, "cut the subsidy") == ["a senior official"]


def test_lede_monitor_named_next_as_a_body_that_tracks():
    text = ("Gunmen killed nine villagers in an overnight raid, a conflict monitor said on Tuesday. "
            "The attackers arrived on motorbikes, according to the Sahel Violence Project, a project that tracks violence "
            "in the region.")
    assert source_names(text, "nine villagers") == ["Sahel Violence Project"]


def test_lede_title_is_not_a_different_person_named_next():
    text = ("The government will raise the retirement age, the prime minister said on Monday. "
            "Opposition leader Tom Reyes called the plan cruel. Reyes said it would hurt workers.")
    assert "Tom Reyes" not in source_names(text, "retirement age")


def test_one_of_the_people_keeps_the_channel_of_the_group_named_by_its_matter():
    text = ("Three people familiar with the matter told Reuters that Mitsuhama had held talks with Fjellvik. One of "
            "the people said Fjellvik would not accept less than 260 crowns per share.")
    assert sources_with_via(text, "260 crowns")[0] == ("One of the people familiar with the matter", "Reuters")
