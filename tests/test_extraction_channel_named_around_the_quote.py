"""The channel a speaker used, however the article names it: a programme's broadcaster ("said on Channels
Television's Politics Today"), "told the station" after the station was named, "speaking to the Post" after the
quote, a statement "sent to" an outlet that sets up the quotes after it, and no day or adverb taken for a channel."""

from tests.extraction_helpers import sources_with_via


def test_a_programme_gives_its_broadcaster():
    text = ("A political scientist, Femi Akinola, said the decision may win respect.\n\n"
            '"Workers are used to being promised heaven," he said on Channels Television\'s Politics Today on Friday.')
    assert sources_with_via(text, "promised heaven") == [("Femi Akinola", "Channels Television")]


def test_no_day_or_adverb_is_a_channel():
    text = ("Former umpire Rob Tennant said on the broadcaster's Saturday football program that the decision was "
            "harsh.\n\nSpeaking to the Echo later on Monday, Fiona Twomey said the volunteer had the wrong map.")
    assert all(via != "Saturday" for _, via in sources_with_via(text, "decision was harsh"))
    assert sources_with_via(text, "wrong map") == [("Fiona Twomey", "Echo")]


def test_told_the_station_is_the_station_the_speaker_spoke_to():
    text = ("In an interview with KCUR on Wednesday morning, Denise Whitfield rejected that characterization.\n\n"
            '"Police officers did incredible work. So did outreach workers," she told the station.')
    assert sources_with_via(text, "outreach workers") == [("Denise Whitfield", "KCUR")]


def test_told_the_channel_after_footage_it_broadcast():
    text = ("Footage broadcast by France 3 Occitanie shows water reaching the first-floor windows of houses.\n\n"
            "A resident of the district, who gave only her first name, Christine, told the channel she had spent "
            "four hours on her roof.")
    [(name, via)] = sources_with_via(text, "four hours on her roof")
    assert name == "Christine" and via.endswith("Occitanie")


def test_speaking_to_an_outlet_after_the_quote():
    text = ("Dawa Lama, 52, lost his mother in the landslide.\n\n"
            '"I ran. My mother\'s house was gone," he said, speaking to the Post at a temporary shelter.')
    assert sources_with_via(text, "house was gone") == [("Dawa Lama", "Post")]


def test_a_statement_sent_to_an_outlet_sets_up_the_quotes_after_it():
    text = ("Tomasz Wielgus, 38, denies plagiarism.\n\n"
            "In a statement sent to Apollo through his gallery, he went further.\n\n"
            '"Every painter in history has looked at images made by other people," he wrote.')
    assert sources_with_via(text, "Every painter") == [("Tomasz Wielgus", "Apollo")]


def test_the_reported_clause_of_a_statement_gives_no_channel():
    text = ("ESA's Planetary Defence Office said in a statement that the asteroid had been placed at level 3 on the "
            "10-point Torino scale.")
    assert [via for _, via in sources_with_via(text, "Torino")] == [None]


def test_one_of_a_group_that_spoke_to_an_outlet_keeps_its_phrase_and_channel():
    text = ("Workers told the Irish Examiner they had been given no warning.\n\n"
            "One of the workers, a quality technician who has worked at the site for 19 years and asked not to be "
            'named, said staff had been told that a new line was "coming to Cork".')
    assert sources_with_via(text, "coming to Cork") == [("One of the workers", "Irish Examiner")]


def test_words_in_a_post_go_with_the_post_and_its_poster():
    text = ("Suresh Patankar is the opposition leader.\n\n"
            "Patankar also shared on X what he described as a copy of an internal note from the corporation.")
    assert sources_with_via(text, "internal note") == [("Suresh Patankar", "X")]


def test_a_second_participle_of_a_letter_gives_its_platform():
    text = ("In a letter written from Mornaguia prison and published on the coalition's Facebook page on Tuesday, "
            'Ben Salah said he was "proud to be a prisoner of conscience".')
    assert sources_with_via(text, "prisoner of conscience") == [("Ben Salah", "Facebook")]


def test_a_broadcasters_programme_named_in_the_speakers_description():
    text = ("Former league umpire and now ABC Central Victoria commentator Rob Tennant said on the broadcaster's "
            'Saturday football program that the decision "sends a message".')
    [(name, via)] = sources_with_via(text, "sends a message")
    assert name == "Rob Tennant" and via.startswith("ABC")


def test_videos_shared_on_two_platforms_are_carried_by_both():
    text = "Videos shared on TikTok and X showed crowds throwing stones at a line of riot police."
    assert sorted(name for name, _ in sources_with_via(text, "Videos shared")) == ["TikTok", "X"]


def test_confirmed_to_a_paper_goes_through_it_but_not_to_a_chamber():
    text = ("The National Labour Inspectorate confirmed to the Continental that it had opened an inspection.\n\n"
            "The ministry confirmed to the Senate that the plan was sound.")
    assert sources_with_via(text, "opened an inspection") == [("National Labour Inspectorate", "Continental")]
    assert [via for _, via in sources_with_via(text, "plan was sound")] == [None]
