"""More transcript and interview shapes: a print Q&A whose intro says "She spoke to the Ledger" after naming her
with a given name no list knows, a radio host labelled by surname after a first full label, a host named in the
header ("Hosted by ..."), the station named above its programme, caps label lines and transcript notes."""
from claims.extraction import extract


def _claim(text, needle):
    return next(c for c in extract(text)["claims"] if needle in c["text"])


def _texts(text):
    return [c["text"] for c in extract(text)["claims"]]


_PRINT_QA = ("THE HARBOUR LEDGER | SUNDAY INTERVIEW\n\n'The numbers don't wait': minister defends pension rise\n\n"
             "Interview by Paul Mercer\nSunday 6 October 2024 · 6 min read\n\n"
             "The pension bill passed its first reading on Wednesday by 88 votes to 79.\n\n"
             "Zorqa Lindqvist, 51, a former hospital administrator, has led the ministry since January. She spoke to "
             "the Ledger in her office on Friday.\n\n"
             "This interview has been edited for length and clarity.\n\n"
             "Q: Why raise the pension age now?\n\n"
             "A: Because the numbers don't wait for elections. Today there are 2.6 workers for every pensioner.\n\n"
             "Q: Will you withdraw the bill?\n\nA: No, the bill is not going to be withdrawn.\n")


def test_the_interviewee_is_the_person_the_intro_opened_a_sentence_with_before_she():
    assert [(s["name"], s["via"]) for s in _claim(_PRINT_QA, "2.6 workers")["sources"]] == [
        ("Zorqa Lindqvist", "Ledger")]


_RADIO = ("TRANSCRIPT\n\nNorthern Talk 101.4 | The Sports Hour with Dev Raman\n"
          "Broadcast: Monday 3 February 2025, 18:10\n"
          "Guests: Yvonne Achebe, chief executive of the charity Fair Game\n\n"
          "DEV RAMAN (PRESENTER): Good evening, and welcome to The Sports Hour. The match was halted for eleven "
          "minutes on Saturday. With me is Yvonne Achebe. Yvonne, good evening.\n\n"
          "YVONNE ACHEBE (GUEST): Good evening, Dev.\n\n"
          "RAMAN: How serious is this?\n\n"
          "ACHEBE: We recorded 412 reports of abuse at matches last season. That is up from 297.\n\n"
          "RAMAN: The club has condemned the abuse. Yvonne Achebe, thank you.\n\n"
          "ACHEBE: Cheers, Dev.\n")


def test_a_host_labelled_by_surname_asks_and_a_guest_by_surname_answers_through_the_station():
    assert [(s["name"], s["via"]) for s in _claim(_RADIO, "412 reports")["sources"]] == [
        ("Yvonne Achebe", "Northern Talk 101.4")]
    assert _claim(_RADIO, "halted for eleven minutes")["sources"] == []


def test_greetings_and_thanks_with_names_are_not_claims():
    texts = " | ".join(_texts(_RADIO))
    for pleasantry in ("good evening", "Good evening, Dev", "thank you", "Cheers"):
        assert pleasantry not in texts


def test_a_host_named_in_the_header_asks():
    text = ("Valley Public Radio\nGround Truth, Episode 218\n\nHosted by Maya Rennick · Produced by Theo Banerjee\n\n"
            "MAYA RENNICK: The river rose 11 feet in six hours on Monday. Joining me is Darnell Pike.\n\n"
            "DARNELL PIKE: The first call came in at about 3:40. We pulled two children out through a window.\n\n"
            "MAYA RENNICK: The sheriff's office says 41 people were rescued. What happened next?\n\n"
            "DARNELL PIKE: We kept going until dark.\n")
    assert _claim(text, "The river rose")["sources"] == []
    assert [s["name"] for s in _claim(text, "through a window")["sources"]] == ["Darnell Pike"]


def test_caps_label_lines_and_transcript_notes_are_not_claims():
    text = ("NORDVEST NEWS - THE EVENING REPORT\n\nThis is a rush transcript and may not be in its final form.\n\n"
            "GRACE OYELARAN, ANCHOR:\nThe race to lead the party turned bitter today.\n\n"
            "Reference: Smith J, Chen L, et al. A randomised trial. Lancet Oncol 2024.\n\n"
            "Transcript prepared by Nordvest News.\n")
    assert _texts(text) == ["The race to lead the party turned bitter today."]


def test_we_havent_been_able_to_independently_verify_flags_the_claim():
    text = ("Floods\n\nA video shared online appears to show a rescue. "
            "We haven't been able to independently verify it.\n")
    assert _claim(text, "haven't been able")["unverifiable"] is True


def test_a_sheriffs_office_and_a_polling_firm_are_bodies_named_in_full():
    text = ("Floods hit the town.\n\nThe Pardee County Sheriff's Office said 41 people were rescued by boat.\n\n"
            "According to a survey by the polling firm Demos Nord, 61 per cent of voters oppose the change.\n")
    assert [(s["name"], s["kind"]) for s in _claim(text, "41 people")["sources"]] == [
        ("Pardee County Sheriff's Office", "government")]
    assert [(s["name"], s["kind"]) for s in _claim(text, "61 per cent")["sources"]] == [
        ("Demos Nord", "organization")]


def test_a_capital_after_am_opens_a_new_sentence_but_a_day_or_time_zone_does_not():
    text = ("Sirens failed.\n\nThe sirens did not sound until after 4 a.m. County Judge Lynn Cawood said the parts "
            "were late.\n\nThe vote opens at 7 a.m. Tuesday and the exchange posted at 2:10 a.m. Singapore time.\n")
    texts = _texts(text)
    assert "The sirens did not sound until after 4 a.m." in texts
    assert any(t.startswith("The vote opens at 7 a.m. Tuesday and the exchange posted at 2:10 a.m. Singapore time")
               for t in texts)


_TV = ("NORDVEST NEWS - THE EVENING REPORT\nTranscript | Tuesday 11 June 2024 | 18:00\n"
       "Segment 2 of 5: Leadership race\n\nThis is a rush transcript and may not be in its final form.\n\n"
       "GRACE OYELARAN, ANCHOR:\nThe race to lead the party turned bitter today. Martin, how damaging is this?\n\n"
       "MARTIN EKWALL, POLITICAL CORRESPONDENT:\nThe general secretary has ordered an audit of 14,000 applications. "
       "Her rival, Daniel Okafor, told Nordvest News this afternoon that his team had followed the rules.\n\n"
       "DANIEL OKAFOR, LEADERSHIP CANDIDATE (RECORDED EARLIER):\nEvery one of those members is a real person.\n\n"
       "HELEN MARSH, DEPUTY LEADER (SPEAKING IN VARBERG):\nI have been a member of this party for twenty-six years.\n\n"
       "GRACE OYELARAN:\nThe ballot closes on Friday.\n")


def test_a_tv_transcripts_label_lines_give_the_turns_below_them():
    assert _claim(_TV, "turned bitter today")["sources"] == []
    assert _claim(_TV, "ordered an audit")["sources"] == []
    assert [(s["name"], s["via"]) for s in _claim(_TV, "a real person")["sources"]] == [
        ("Daniel Okafor", "Nordvest News")]
    assert [(s["name"], s["via"]) for s in _claim(_TV, "twenty-six years")["sources"]] == [("Helen Marsh", None)]
    assert _claim(_TV, "closes on Friday")["sources"] == []


_ROLES = ("Interview: the harbour master on the storm\n\n"
          "Harbour master Colm Daly spoke to Coast FM on Tuesday.\n\n"
          "HOST: Is the harbour open?\n\nGUEST: It reopened at noon. Two moorings were lost.\n\n"
          "HOST: Will it close again?\n\nGUEST: Not unless the wind returns.\n")


def test_turns_labelled_host_and_guest_are_the_interviewer_and_the_person_the_intro_names():
    for text in (_ROLES, _ROLES.replace("HOST:", "Interviewer:").replace("GUEST:", "Colm Daly:")):
        claim = _claim(text, "reopened at noon")
        assert claim["text"] == "It reopened at noon."
        assert [(s["name"], s["via"]) for s in claim["sources"]] == [("Colm Daly", "Coast FM")]
        assert not any("Is the harbour open" in t for t in _texts(text))
