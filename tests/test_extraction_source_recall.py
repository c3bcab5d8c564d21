"""Sources in wordings unseen articles use: findings of inspections and partial results, a
name a source gives ("a farmer who gave only his first name, Ali"), a page that names itself,
a speaker named in apposition inside a reported clause."""

from claims.extraction import extract

from .extraction_helpers import source_names, sources_with_via

_sources = sources_with_via


def _names(text, needle):
    return [n for n, _via in _sources(text, needle)]


def test_an_inspection_and_partial_results_are_sources():
    text = "The state fined the home in 2022 after an inspection found that staff had failed to monitor residents."
    assert _names(text, "inspection") == ["an inspection"]
    assert _names("Partial results show the president leading with 49.2% of the vote.", "Partial") == [
        "Partial results"
    ]


def test_results_published_by_a_body_do_not_stand_for_the_body():
    text = (
        "The Electoral Commission of Zambia began counting on Friday. Partial results published by the "
        "commission show the president leading. The commission said turnout was 71%."
    )
    assert _names(text, "turnout") == ["Electoral Commission of Zambia"]


def test_the_name_a_source_gives_is_the_source():
    text = (
        'Villagers described the attack. "We called the soldiers, but nobody came," said one of them, '
        "a farmer who gave only his first name, Ali."
    )
    assert _names(text, "nobody came") == ["Ali"]
    text = "Residents fled. A teacher who gave her name as Mariam said the school had been shelled twice."
    assert _names(text, "shelled") == ["Mariam"]


def test_a_page_that_names_itself_speaks_through_its_platform():
    text = (
        "The fire broke out on Sunday. A separate claim, posted on Facebook by a page calling itself "
        '"Free Pomerania News", said that 12 workers had been killed in the blast.'
    )
    assert _sources(text, "separate claim") == [("Free Pomerania News", "Facebook")]


def test_an_inner_speaker_named_in_apposition_counts():
    text = "Ahmed Ali told Reuters that the local commander, Colonel Jean Mbeki, had said the soldiers fired first."
    assert _names(text, "fired first") == ["Ahmed Ali", "Jean Mbeki"]


def test_one_of_a_group_is_an_anonymous_source_and_a_role_inside_its_words_a_nested_one():
    text = "Port executives met on Tuesday. One of the executives said exporters could face heavy losses."
    assert _names(text, "exporters") == ["One of the executives"]
    text = "Pilots spoke to us. One of them said a flight operations manager had told him the airport was never closed."
    assert _names(text, "never closed") == ["One of them", "a flight operations manager"]


def test_a_short_name_in_brackets_and_a_postnominal_do_not_hide_the_full_name():
    text = "The Santos Port Workers' Union (Sindestiva) said about 4,200 of its members had joined the stoppage."
    assert _names(text, "4,200") == ["Santos Port Workers' Union"]
    text = (
        "Prosecutor Rebecca Lowe KC opened the case on Monday. Ms Lowe said the firm received 63 payments "
        "totalling £1.9 million."
    )
    assert _names(text, "63 payments") == ["Rebecca Lowe KC"]


def test_a_document_an_outlet_has_seen_names_the_outlet_as_via():
    text = "An inspection report dated August 2024, which Ojo Andino has seen, found cracks in the dam wall."
    assert _sources(text, "cracks") == [("An inspection report dated August 2024", "Ojo Andino")]


def test_a_pronoun_after_a_newly_named_speaker_is_that_speaker():
    text = (
        '"Nobody will buy anything from this valley," said one of them, a farmer who gave only his first '
        "name, Teodoro.\n\nThe town's mayor, Wilfredo Quispe, said the municipality had cut off the intake.\n\n"
        "He accused the company of hiding behind the rain and said he would file a complaint."
    )
    assert _names(text, "accused") == ["Wilfredo Quispe"]


def test_an_age_or_a_nationality_stands_for_the_person_just_named():
    text = (
        "Mary Gallagher, a retired teacher from Letterkenny, said she had been waiting 26 months.\n\n"
        '"I was told it might be another year," the 67-year-old said.'
    )
    assert _names(text, "another year") == ["Mary Gallagher"]
    text = (
        "Brentmoor manager Thomas Lindqvist confirmed that the forward would be fined.\n\n"
        '"No player is bigger than this club," the Swede said.'
    )
    assert _names(text, "bigger") == ["Thomas Lindqvist"]


def test_testified_accepted_and_called_for_are_statements():
    text = (
        "The trial opened on Tuesday. The first witness, Sandra Kim, whose 87-year-old mother was one of the "
        "three residents who died, testified that she had called the home twice."
    )
    assert _names(text, "testified") == ["Sandra Kim"]
    text = (
        "Sunita Rai gave evidence on Monday. Under cross-examination by Pellow's barrister, Andrew Coyle KC, she "
        "accepted that she had not seen any money change hands."
    )
    assert _names(text, "accepted") == ["Sunita Rai"]
    assert _names("The union accepted the offer on Monday.", "offer") == []
    text = "Declan Furlong chairs the group. He called for an independent inquiry into private hospitals."
    assert _names(text, "inquiry") == ["Declan Furlong"]
    assert _names("The plan calls for 300 new homes on the site.", "homes") == []


def test_whom_a_speaker_calls_on_is_not_a_channel():
    text = "Foreign minister Karim Nassif called on the U.N. Security Council to pressure Israel."
    assert _sources(text, "pressure") == [("Karim Nassif", None)]


def test_the_jury_is_the_court_named_and_the_report_the_report_named():
    text = (
        "Graham Pryce, 58, appeared at Newcastle Crown Court on Monday. The jury heard that the firm received "
        "63 payments over four years."
    )
    assert _names(text, "63 payments") == ["Newcastle Crown Court"]
    text = (
        "The disease killed about 597,000 people, the agency said in its annual World Malaria Report. "
        "The report warns that progress against malaria has stalled."
    )
    assert _names(text, "progress") == ["World Malaria Report"]


def test_it_after_a_cited_report_is_the_report():
    text = (
        "Nepal's crash investigators published an interim report on Tuesday. The report says the aircraft's speed "
        "dropped below the minimum safe level.\n\nIt found that the cockpit voice recorder captured the warning."
    )
    assert _names(text, "cockpit") == ["report"]
    assert _names("The company lost money. It found that costs had doubled.", "costs") == []


def test_speakers_side_by_side_and_their_own_figures():
    text = (
        "At least 37 people have died in a cholera outbreak in the camps of southern Bangladesh, the World Health "
        "Organization (WHO) said Thursday, as aid groups warned that funding cuts were hampering the response.\n\n"
        "Children under five account for nearly half of them, it said."
    )
    assert _names(text, "37 people") == ["World Health Organization", "aid groups"]
    assert _names(text, "Children under five") == ["World Health Organization"]
    text = "The UN refugee agency, UNHCR, said the plan was only 38% funded, according to its latest figures."
    assert _names(text, "38%") == ["UNHCR", "UNHCR's latest figures"]


def test_speakers_at_the_end_of_a_long_lede_are_found_when_the_parse_hangs_them_on_an_object():
    text = (
        "Thousands of dockworkers walked off the job at Brazil's port of Santos on Monday, halting loading at "
        "Latin America's busiest container port in a dispute over plans to automate its cranes, union leaders "
        "and port officials said."
    )
    assert _names(text, "dockworkers") == ["union leaders", "port officials"]


def test_defending_a_policy_is_a_statement_defending_a_title_is_not():
    text = "The minister defended the decision to close the hospital."
    assert _names(text, "hospital") == ["minister"]
    assert _names("Brentmoor City defended their title with a 2-0 win over Rovers.", "title") == []
    assert _names("Ukrainian troops defended the town for three weeks before withdrawing.", "town") == []


def test_the_university_is_not_a_commenters_affiliation():
    text = (
        "The team, led by Dr Priya Raman at the University of Queensland, isolated the bacterium.\n\n"
        '"Soil is not a flask," said Prof Martin Ekberg, an environmental chemist at Stockholm University who '
        "was not involved in the study.\n\nThe university said in a press release that it had filed a patent."
    )
    assert _names(text, "patent") == ["University of Queensland"]


def test_she_after_a_nested_man_is_the_woman_who_spoke():
    text = (
        "Graham Pellow, 58, is accused of taking bribes. He denies the charges.\n\n"
        "The first witness, a former deputy at the agency, Sunita Rai, testified that Pellow had told her in 2018 "
        "that the bid would win.\n\nShe told the court she had raised her concerns with the audit team."
    )
    assert _names(text, "audit team") == ["Sunita Rai"]


def test_a_barrister_named_with_kc_is_a_person_and_the_indictment_speaks_for_itself():
    text = (
        "Graham Pellow appeared at Birmingham Crown Court. Opening the case, Nicola Westbrook KC told the jury "
        "that Pellow had rigged 11 tenders.\n\nShe said the firms had submitted bids that were close to the "
        "estimates.\n\nAccording to the indictment, the firm paid £312,000 into the account of a consultancy."
    )
    assert _names(text, "submitted bids") == ["Nicola Westbrook KC"]
    assert _names(text, "312,000") == ["indictment"]


def test_the_agency_is_not_a_person_working_there_and_the_ministry_is_the_ministers():
    text = (
        "A former head of procurement at the Midlands Highways Agency took bribes, the court heard.\n\n"
        "The first witness, a former deputy at the agency, Sunita Rai, testified that she had seen the bids.\n\n"
        "The agency, which was merged into National Highways in 2024, said it had strengthened its controls."
    )
    assert _names(text, "strengthened") == ["Midlands Highways Agency"]
    text = (
        "Marcelo Tavares, Brazil's minister of ports and airports, said on X that the government was open to "
        "dialogue.\n\nMaersk said it had diverted two vessels.\n\nThe ministry later said it had asked the "
        "federal police to guarantee access to the terminals."
    )
    assert _names(text, "federal police") == ["Ministry of ports and airports"]


def test_a_ledes_description_of_a_body_takes_the_name_given_next():
    text = (
        "A dam at the Quillay mine partially collapsed on Sunday, releasing tailings into the river, the "
        "country's environmental regulator said.\n\nThe Environmental Assessment and Enforcement Agency (OEFA) "
        "said in a statement on Monday that its inspectors had found copper in the river."
    )
    assert _names(text, "dam") == ["Environmental Assessment and Enforcement Agency"]
    text = (
        "Almost one in five people on waiting lists have waited more than 18 months, a report by the State's "
        "health watchdog has found.\n\nThe Health Service Oversight Authority (HSOA) said 117,400 people had "
        "waited longer than a year and a half.\n\nThe report found that waits were longest in orthopaedics."
    )
    assert _names(text, "one in five") == ["Health Service Oversight Authority"]
    assert _names(text, "orthopaedics") == ["a report by the State's health watchdog"]


def test_findings_of_a_coroner_and_a_claim_spread_by_someone():
    assert _names("The coroner concluded that the death was accidental.", "coroner") == ["coroner"]
    assert _names("Police found the body in a field near the river.", "body") == []
    assert _sources("The claim was shared by Senator Mike Lee in a post on X.", "shared") == [("Mike Lee", "X")]
    assert _names("The bridge was built by Chinese engineers in 2010.", "bridge") == []


def test_a_relative_inside_reported_words_and_a_body_putting_a_toll_at_a_figure():
    text = "Mr Ortiz told investigators that his manager had said the logs could be changed."
    assert _names(text, "logs") == ["Ortiz", "his manager"]
    text = "Hospital officials said at least 30 people had been admitted, while the health ministry put the toll at 45."
    assert _names(text, "toll") == ["Hospital officials", "health ministry"]
    assert _names("Officials put the new rules in place on Monday.", "rules") == []


def test_recalling_that_after_a_speech_is_the_speakers():
    text = (
        "Claire Dunmore addressed the conference.\n\nDunmore ended her speech with a personal note, recalling "
        "that she had grown up in a council flat in Salford."
    )
    assert _names(text, "council flat") == ["Claire Dunmore"]


def test_an_ing_adjunct_of_urging_or_complaining_is_the_subjects_statement():
    text = "The weather service issued a red alert on Monday, urging residents to stay indoors."
    assert _names(text, "red alert") == ["weather service"]
    text = "Unions staged a protest outside the ministry, complaining that wages had not risen in five years."
    assert _names(text, "wages") == ["Unions"]


def test_a_named_member_of_a_speaking_group_speaks_too():
    text = "Farmers in the region, including Ali Hassan, said their crops had failed."
    assert _names(text, "crops") == ["Farmers in the region", "Ali Hassan"]
    text = "Officials in Kherson, including the regional governor, Oleksandr Prokudin, said shelling had intensified."
    assert _names(text, "shelling") == ["Officials in Kherson", "Oleksandr Prokudin"]


def test_a_reporting_verb_read_as_a_noun_after_a_name():
    text = "In its latest World Economic Outlook, the IMF forecast that Egypt's economy would grow by 3.7 percent."
    assert _names(text, "Egypt") == ["International Monetary Fund"] or _names(text, "Egypt") == ["IMF"]
    assert _names("The weather forecast that morning was grim.", "grim") == []


def test_whoever_ran_a_poll_the_sentence_cites():
    text = "The headline figure was above the 37.4 percent median forecast in a Reuters poll of 11 analysts."
    assert _names(text, "median") == ["Reuters"]


def test_both_and_all_three_deny_are_the_people_named_together_just_before():
    for text, needle, want in (
        (
            "Keith Moss and Daniel Harte are due to stand trial next year. Both deny the charges.",
            "Both deny",
            ["Keith Moss", "Daniel Harte"],
        ),
        (
            "Prosecutors say Anna Novak, Petr Dvorak and Jan Svoboda laundered the money. All three deny wrongdoing.",
            "All three",
            ["Anna Novak", "Petr Dvorak", "Jan Svoboda"],
        ),
    ):
        result = extract("Headline\n\n" + text)
        claim = next(c for c in result["claims"] if needle in c["text"])
        assert [s["name"] for s in claim["sources"]] == want
        assert all(s["kind"] == "person" for s in claim["sources"])


def test_the_two_inside_reported_words_is_not_the_speaker():
    result = extract("Headline\n\nThe two have denied wrongdoing, said their lawyer, Sarah Jones.")
    assert [s["name"] for s in result["claims"][0]["sources"]] == ["Sarah Jones"]


def test_a_document_seen_by_an_outlet_is_the_source_and_the_outlet_its_via():
    text = "The riot began as a fight between two rival gangs, according to a police report seen by Reuters."
    assert _sources(text, "riot") == [("a police report", "Reuters")]
    text = "Funding will be cut by a third, according to a draft budget obtained by Politico."
    assert _sources(text, "Funding") == [("a draft budget", "Politico")]


def test_both_deny_also_points_at_bodies_named_together():
    text = "Kelvin and Sarvana also face a lawsuit in Dublin; both deny liability."
    assert set(_names(text, "liability")) >= {"Kelvin", "Sarvana"}


def test_asked_not_to_be_named_is_no_statement_of_the_place_before_it():
    text = (
        "One dairy farmer near Wedmore, who asked not to be named because he is in talks with his bank, "
        "said he had sold 40 cows in a fortnight."
    )
    assert _names(text, "cows") == ["One dairy farmer near Wedmore"]


def test_a_quote_in_another_verbs_branch_does_not_make_an_act_a_statement():
    text = (
        "The Environment Agency (EA) declared drought status for the area on 4 August, and an EA "
        'spokesperson said river flows were "exceptionally low".'
    )
    assert _names(text, "drought") == ["an EA spokesperson"]


def test_the_authors_are_whoever_the_study_was_led_by():
    text = (
        "A study led by Dr Priya Nair of the University of Bristol warned that groundwater could take two "
        "winters to recover.\n\nThe authors wrote that abstraction had lowered the aquifer."
    )
    assert _names(text, "abstraction") == ["Priya Nair"]


def test_they_found_is_the_researchers_just_named_and_nobody_without_them():
    text = "Researchers at the University of Leeds said the drug was safe.\n\nThey found that it cut deaths by a fifth."
    assert _names(text, "deaths") == ["Researchers at the University of Leeds"]
    text = "The Treasury raised taxes.\n\nThey found that the economy had shrunk."
    assert _names(text, "shrunk") == []


def test_one_of_them_named_in_apposition_is_that_person():
    text = '"We were pressed against the bars," said one of them, Kofi Mensah, 27, a trader.'
    assert _names(text, "pressed") == ["Kofi Mensah"]
    assert _names("One of the protesters, Ana Silva, said police had fired tear gas.", "tear gas") == ["Ana Silva"]


def test_an_outlet_that_understands_is_a_source_and_a_person_who_understands_is_not():
    text = "Some headteachers have privately warned that exams may be disrupted, BBC Scotland understands."
    assert set(_names(text, "exams")) == {"Some headteachers", "BBC Scotland"}
    assert _names("The deal is expected to be signed next week, the Guardian understands.", "deal") == ["Guardian"]
    assert _names("She understands that the rules have changed.", "rules") == []


def test_a_report_is_its_authors_not_whoever_commissioned_it():
    text = (
        "A report by the engineering firm Danso & Partners, commissioned by the GFA, recommended that the "
        'gate be replaced.\n\nThe authors wrote that the gate was "structurally unsound".'
    )
    assert _names(text, "replaced") == ["Danso & Partners"]
    assert _names(text, "unsound") == ["Danso & Partners"]


def test_the_company_in_a_lede_is_the_body_the_sentence_is_about():
    text = (
        "The impurity is known as NDMA.\n\nKelvin Pharma has recalled 2.1 million packs of valsartan after tests "
        "found an NDMA impurity, the company said on Wednesday."
    )
    assert _names(text, "recalled") == ["Kelvin Pharma"]


def test_a_body_known_by_its_initials_is_named_by_them_and_names_the_ledes_description():
    text = (
        "At least 17 inmates were killed and dozens wounded in a riot at a prison in the Ecuadorean city of "
        "Machala, the country's prison authority said on Tuesday.\n\nThe authority, known by its Spanish "
        "initials SNAI, said in a statement that security forces had regained control."
    )
    assert _names(text, "regained") == ["SNAI"]
    assert _names(text, "inmates") == ["SNAI"]


def test_whoever_rejects_a_claim_answers_it():
    text = (
        "A lawyer for several inmates, Diego Andrade, said his clients had been attacked first, a claim the "
        "prosecutor's office rejected."
    )
    assert _names(text, "attacked") == ["Diego Andrade", "prosecutor's office"]


def test_what_a_country_recorded_or_analysts_expected_is_the_cited_sources():
    text = "Nepal has recorded more than 20 fatal air crashes since 2000, according to the Aviation Safety Network."
    assert _names(text, "crashes") == ["Aviation Safety Network"]
    assert "Analysts" not in _names(
        "Analysts had expected revenue of $1.51 billion, according to LSEG data.", "revenue"
    )


def test_a_place_or_recipient_in_a_cited_documents_phrase_is_not_its_author():
    text = "The satellite was insured for about £90m, according to a filing by Polaris with the Oslo stock exchange."
    assert _names(text, "insured") == ["Polaris"]


def test_what_experts_recommend_in_a_relative_clause_is_no_claim_of_theirs():
    text = (
        "Dr Rumana Akter, an entomologist, said surveys had found larvae at building sites. City authorities had "
        "carried out cosmetic fogging, she said, rather than the larval control that experts have recommended."
    )
    assert _names(text, "fogging") == ["Rumana Akter"]


def test_saying_after_a_claim_inside_the_object_is_the_sentences_speaker():
    text = (
        "The prime minister's office also rejected Lyall's claim that the government had lost control of "
        "immigration, saying the number of temporary residents had fallen."
    )
    assert [n.lower() for n in _names(text, "immigration")] == ["the prime minister's office"]


def test_a_speech_verb_joined_to_a_past_perfect_reported_clause_is_the_outer_speakers():
    text = (
        "Education Secretary Catriona Muir said the Scottish government had already given councils an extra "
        "£50m this year, and urged both sides to return to talks."
    )
    assert _names(text, "urged") == ["Catriona Muir"]


def test_they_after_two_people_named_together_is_both_of_them():
    text = "Dr Ahmed Khan and Dr Sara Patel wrote to the health secretary.\n\nThey said staffing levels were unsafe."
    assert _names(text, "staffing") == ["Ahmed Khan", "Sara Patel"]


def test_a_speaker_in_a_relative_clause_that_suspects_or_argues():
    assert source_names("The fire destroyed a warehouse that police suspect was used to store fuel.",
                        "warehouse") == ["police"]
    assert source_names("It was a deal that critics argue will cost billions.", "deal") == ["critics"]
