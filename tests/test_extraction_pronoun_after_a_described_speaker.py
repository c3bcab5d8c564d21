"""'he'/'she' after a speaker known only by a description ('a resident of Albu Kamal, who asked not to be named for
fear of reprisals', 'the victim's son') or after a sentence about a person no one quoted ('Sinclair is not
convinced.') is that speaker, not an earlier one; 'the priest' after 'Father Manuel Sitoe' is him."""

from tests.extraction_helpers import sources_with_via


def test_an_anonymous_resident_whose_clause_ends_in_a_plural_is_one_person():
    text = ("A coalition official, speaking on condition of anonymity, said the strikes targeted weapons.\n\n"
            "A resident of Albu Kamal, who asked not to be named for fear of reprisals, told AFP by telephone that "
            "the blasts shook the town.\n\n"
            '"We heard the planes first, then four or five huge blasts. Nobody slept," he said.')
    assert sources_with_via(text, "Nobody slept") == [("A resident of Albu Kamal", "AFP")]


def test_a_kin_noun_takes_the_pronoun():
    text = ("Counsel for Sai Kiran, advocate R. Venkateshwarlu, denied that his client had any role.\n\n"
            "The victim's son, who lives in Bengaluru, said his father had not told the family about the calls.\n\n"
            '"He was terrified. He thought the CBI was going to come," he told The Hindu over the phone.')
    assert sources_with_via(text, "He was terrified") == [("victim's son", "Hindu")]


def test_a_surname_subject_read_as_a_common_noun_sets_up_the_next_she():
    text = ("Dr Morag Sinclair has been the only doctor on Colonsay since 1988.\n\n"
            '"You don\'t get to be a stranger here," she says.\n\n'
            'A spokeswoman said locum cover had been arranged "for the immediate future".\n\n'
            "Sinclair is not convinced.\n\n"
            '"I understand why nobody wants it," she told BBC Radio Scotland\'s Good Morning Scotland last month.')
    assert sources_with_via(text, "nobody wants it") == [("Morag Sinclair", "BBC Radio Scotland")]


def test_the_priest_is_the_man_titled_father():
    text = ("In an interview with Radio Mocambique, the coordinator of Caritas in the diocese, Father Manuel Sitoe, "
            "said 40 people were missing.\n\n"
            '"Some of these people fled in 2020," the priest said.')
    assert sources_with_via(text, "fled in 2020") == [("Manuel Sitoe", "Radio Mocambique")]


def test_an_unattributed_quotation_after_a_speakers_few_quoted_words_is_hers():
    text = ('Maria Lopez, a local nurse, described the closures as a "slow-motion disaster."\n\n'
            '"You put up a sign on the door. Some don\'t read it."')
    assert [name for name, _ in sources_with_via(text, "Some don't read it")] == ["Maria Lopez"]


def test_a_witness_is_one_person_whatever_her_noun_ends_in():
    text = ("National Police Service spokesperson Esther Wanjiru Kamau told Anadolu that officers had acted within "
            "the law.\n\n"
            "A witness, who asked not to be named for fear of reprisals, told Anadolu she saw a young man shot.\n\n"
            '"They were not even throwing stones. They were just running," she said.')
    assert sources_with_via(text, "just running") == [("A witness", "Anadolu")]


def test_the_one_person_a_sentence_names_is_the_next_he():
    text = ('"We have been made aware of an incident involving PayBridge," a spokesperson said.\n\n'
            "The exposed server was found by Jonas Whitlock, an independent security researcher based in Bristol.\n\n"
            "He told the Guardian that the files included payslips dating back to 2021.")
    assert sources_with_via(text, "payslips") == [("Jonas Whitlock", "Guardian")]


def test_a_relative_named_next_with_the_familys_surname_keeps_the_channel():
    text = ("One patient, 81-year-old Dilys Morgan from Pontrhydyfen, spent 31 hours on a trolley after a fall, her "
            "daughter told the Evening Courier.\n\n"
            '"Mum was lying there in a hospital gown all night," said Catrin Morgan. "The nurses were brilliant."')
    assert sources_with_via(text, "hospital gown") == [("Catrin Morgan", "Evening Courier")]
    assert sources_with_via(text, "nurses were brilliant") == [("Catrin Morgan", "Evening Courier")]
