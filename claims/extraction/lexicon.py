"""Small hand-written word lists used by the extraction rules.

Every list says where it comes from. They are deliberately short and generic:
they describe how journalism is written (reporting verbs, hedges, newsroom
boiler-plate), never the content of any particular article.
"""

# --------------------------------------------------------------------------
# Hedges: words by which the writer keeps distance from a claim.
# Source: the product glossary ("allegedly, reportedly, appears to, possibly,
# is believed to, may have, unconfirmed ..."), extended with the usual
# epistemic hedges of news style guides (AP Stylebook "alleged",
# Reuters Handbook "purportedly"/"reportedly") and Hyland's (1998) list of
# hedging devices restricted to those that signal *source distance* or
# *uncertainty about a fact* (not plain modality such as "will").
# Matched case-insensitively on whole words; reported as written.
HEDGES = [
    # adverbs and adjectives of distance
    "allegedly", "alleged", "reportedly", "apparently", "seemingly", "purportedly", "purported",
    "supposedly", "presumably", "ostensibly", "reputedly", "possibly", "probably", "perhaps",
    "likely", "it is likely", "unconfirmed", "suspected", "it is possible that", "it was possible that",
    # appearance
    "appears to", "appear to", "appeared to", "appearing to", "seems to", "seem to", "seemed to",
    # modals of possibility (bare "may"/"might" too; "May" the month is filtered in flags.py)
    "may have", "might have", "could have", "may be", "might be", "may", "might",
    # epistemic "could" ("could be out for six weeks", "could weigh on margins"); flags.py
    # drops the negated/ability ("could not verify"), purpose ("so that ... could") and
    # conditional ("if ..., X could") uses.
    "could",
    # raised passives: "is believed to", "are said to" ... (an adverb may come between:
    # "is widely believed to"; flags.py allows it), and the bare participle
    # ("a man believed to be", "thought to have").
    *[f"{aux} {verb} to" for aux in ("is", "are", "was", "were", "has been", "have been", "had been", "being")
      for verb in ("believed", "thought", "said", "understood", "reported", "rumoured", "rumored",
                   "alleged", "presumed", "suspected", "claimed")],
    *[f"{verb} to {v}" for verb in ("believed", "thought", "understood", "rumoured", "rumored", "reported",
                                     "alleged", "presumed", "suspected") for v in ("be", "have")],
    "reported to have",
    "is accused of", "are accused of", "was accused of", "were accused of", "accused of",
]

# --------------------------------------------------------------------------
# Unverifiable flag: the article says a claim cannot be checked.
# Source: the product glossary and wire-service boiler-plate ("Reuters could
# not independently verify", "AFP was unable to confirm", "cannot be
# independently verified by ..."). Regular expressions, case-insensitive.
# "could not be reached for comment" is deliberately absent.
UNVERIFIABLE_PATTERNS = [
    r"\b(?:can ?not|could ?not|can't|couldn't|cannot)\s+(?:yet\s+|immediately\s+|be\s+)*"
    r"(?:independently\s+|immediately\s+|yet\s+|be\s+)*(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed)|authenticat(?:e|ed))\b",
    r"\b(?:was|were|is|are|has been|have been)\s+(?:not\s+|un)able\s+to\s+(?:independently\s+|immediately\s+)*"
    r"(?:verify|confirm|corroborate|authenticate)\b",
    r"\bunable\s+to\s+(?:independently\s+|immediately\s+)*(?:verify|confirm|corroborate|authenticate)\b",
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:independently\s+)?(?:verified|confirmed|corroborated|authenticated)\b",
    r"\b(?:was|were|is|are)\s+not\s+(?:independently\s+)?(?:verified|verifiable|confirmed|corroborated)\b",
    r"\bit\s+(?:was|is|has\s+not\s+been)\s+(?:not\s+)?(?:possible|impossible)\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
    r"\bunverifi(?:ed|able)\b",
    r"\bnot\s+(?:been\s+)?independently\s+(?:verified|confirmed|verifiable)\b",
    r"\bno\s+(?:way\s+to|independent)\s+(?:independently\s+)?(?:verif|confirm)\w*\b",
    r"\bindependent\s+(?:verification|confirmation)\s+(?:was|is)\s+(?:not\s+possible|impossible)\b",
    r"\bno\s+way\s+(?:of|to)\s+(?:independently\s+)?verif\w*",
    r"\b(?:neither|none)\b[^.;]{0,60}?\b(?:could|can|has|have|had)\s+(?:yet\s+)?be(?:en)?\s+(?:independently\s+)?"
    r"(?:verified|confirmed|corroborated)\b",
    r"\b(?:impossible|not\s+possible)\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate)\b",
    r"\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?been\s+able\s+to\s+(?:independently\s+)?"
    r"(?:verify|confirm|corroborate)\b",
    r"\b(?:has|have|had|is|are|was|were)\s+yet\s+to\s+be\s+(?:independently\s+)?(?:verified|confirmed|corroborated)\b",
    r"\b(?:has|have|had|did|does|do)\s+not\s+independently\s+(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b",
    # Impersonal "could not tell": "it was not possible to tell whether ...", "there was no way
    # to establish where ...", "it was impossible to determine if ...".
    r"\b(?:it\s+(?:was|is|has\s+not\s+been|had\s+not\s+been)\s+(?:not\s+(?:yet\s+)?possible|impossible)|"
    r"there\s+(?:was|is)\s+no\s+way)\s+(?:to|of)\s+(?:independently\s+)?"
    r"(?:tell|telling|determine|determining|establish|establishing|ascertain|ascertaining|know|knowing|say|saying)"
    r"\s+(?:whether|if|where|when|who|how|what|which)\b",
    # verification verbs other than verify/confirm, with "independently" or of footage:
    # "could not independently establish", "has not been able to independently geolocate".
    r"\b(?:can ?not|could ?not|can't|couldn't|(?:was|were|is|are)\s+(?:not\s+|un)able\s+to|unable\s+to|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+able\s+to)\s+(?:be\s+)?independently\s+"
    r"(?:establish(?:ed)?|determined?|ascertain(?:ed)?|geolocated?|check(?:ed)?|substantiated?)\b",
    r"\b(?:can ?not|could ?not|can't|couldn't|unable\s+to)\s+(?:be\s+)?geolocated?\b",
    # The newsroom could not establish a fact about the material: "We were not able to establish who filmed
    # the footage", "AFP could not determine when the video was recorded", "the BBC was unable to ascertain
    # where ...".
    r"\b(?:can ?not|could ?not|can't|couldn't|(?:was|were|is|are)\s+(?:not\s+|un)able\s+to|unable\s+to|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+able\s+to)\s+(?:independently\s+)?"
    r"(?:establish|determine|ascertain|geolocate)\s+(?:whether|if|where|when|who|how|which)\b[^.;]{0,60}?"
    r"\b(?:film(?:ed)?|footage|videos?|images?|photos?|photographs?|pictures?|clips?|recorded|posted|taken|shot|"
    r"authentic)",
    # "... could not be established", "its authenticity could not be determined"
    r"\b(?:authenticity|provenance|origin|origins|location|date)\b[^.;]{0,40}?\b(?:could|can)\s*not\s+(?:yet\s+)?be\s+"
    r"(?:independently\s+)?(?:established|determined|ascertained)\b",
    # "That report was never confirmed", "the claim has never been independently verified"
    r"\b(?:reports?|claims?|accounts?|figures?|toll|footage|videos?|images?|photos?|allegations?|story|rumou?rs?)\b"
    r"[^.;]{0,40}?\b(?:was|were|has|have|had)\s+never\s+(?:been\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed|corroborated|authenticated)\b",
    # "The BBC has not verified the authenticity of the letter"
    r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:independently\s+)?verified\b",
]

# --------------------------------------------------------------------------
# Reporting verbs (inflected forms, so the lemmatizer can stay disabled).
# Source: the reporting-verb lists of the PARC corpus (Pareti 2012) and the
# quotation-attribution literature (Pouliquen et al. 2007), trimmed to verbs
# that introduce what a source asserts.
_REPORT_LEMMAS = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "add": ["add", "adds", "added", "adding"],
    "claim": ["claim", "claims", "claimed", "claiming"],
    "state": ["state", "states", "stated", "stating"],
    "announce": ["announce", "announces", "announced", "announcing"],
    "deny": ["deny", "denies", "denied", "denying"],
    "dispute": ["dispute", "disputes", "disputed"],  # a denial: "Campaigners dispute those figures"
    "write": ["write", "writes", "wrote", "written", "writing"],
    "report": ["report", "reports", "reported", "reporting"],
    "confirm": ["confirm", "confirms", "confirmed", "confirming"],
    "insist": ["insist", "insists", "insisted", "insisting"],
    "warn": ["warn", "warns", "warned", "warning"],
    "explain": ["explain", "explains", "explained", "explaining"],
    "note": ["note", "notes", "noted", "noting"],
    "allege": ["allege", "alleges", "alleged", "alleging"],
    "acknowledge": ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
    "admit": ["admit", "admits", "admitted", "admitting"],
    "accept": ["accept", "accepts", "accepted"],  # only with a clause: "she accepted that she had not seen"
    "call": ["call", "calls", "called", "calling"],  # only "called for": a demand is a statement
    "argue": ["argue", "argues", "argued", "arguing"],
    "assert": ["assert", "asserts", "asserted", "asserting"],
    "declare": ["declare", "declares", "declared", "declaring"],
    "tweet": ["tweet", "tweets", "tweeted", "tweeting"],
    "post": ["posted"],
    "reveal": ["reveal", "reveals", "revealed", "revealing"],
    "estimate": ["estimate", "estimates", "estimated", "estimating"],
    "accuse": ["accuse", "accuses", "accused", "accusing"],
    "predict": ["predict", "predicts", "predicted", "predicting"],
    "suggest": ["suggest", "suggests", "suggested", "suggesting"],
    "maintain": ["maintain", "maintains", "maintained", "maintaining"],
    "contend": ["contend", "contends", "contended"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "recall": ["recall", "recalls", "recalled", "recalling"],
    "boast": ["boast", "boasts", "boasted"],
    "complain": ["complain", "complains", "complained", "complaining"],
    "concede": ["concede", "concedes", "conceded", "conceding"],
    "disclose": ["disclose", "discloses", "disclosed", "disclosing"],
    "stress": ["stress", "stresses", "stressed", "stressing"],
    "emphasise": ["emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized", "emphasising",
                  "emphasizing"],
    "indicate": ["indicate", "indicates", "indicated"],
    "show": ["show", "shows", "showed", "shown", "showing"],
    # "A draft seen by Reuters lists 12 sections", "the audit report details 37 payments": a document's content
    # (present tense only: "a spreadsheet which, he said, listed 13 payments" is the speaker's account)
    "list": ["lists", "details", "outlines", "provides"],
    "find": ["find", "finds", "found"],
    "conclude": ["conclude", "concludes", "concluded"],
    "quote": ["quoted"],
    "cite": ["cited", "citing"],
    "describe": ["described"],
    "blame": ["blame", "blamed", "blames", "blaming"],
    # ("losses, which scientists attribute to parasites": a cause someone asserts)
    "attribute": ["attribute", "attributes", "attributed", "attributing"],
    "urge": ["urged", "urges", "urging"],
    "ask": ["asked"],
    "reply": ["replied", "replies"],
    "respond": ["responded"],
    "agree": ["agreed"],
    "believe": ["believe", "believes", "believed"],
    "think": ["think", "thinks", "thought"],
    "promise": ["promised", "promises"],
    "vow": ["vowed", "vows"],
    "threaten": ["threatened"],
    "pledge": ["pledged"],
    "publish": ["published", "publishes", "issued", "released"],
    "condemn": ["condemn", "condemns", "condemned", "condemning"],
    "criticise": ["criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "criticising",
                  "criticizing"],
    "expect": ["expect", "expects", "expected"],
    "recommend": ["recommend", "recommends", "recommended"],
    "caution": ["caution", "cautions", "cautioned"],
    "welcome": ["welcome", "welcomes", "welcomed"],
    "dismiss": ["dismiss", "dismisses", "dismissed", "dismissing"],
    "reject": ["reject", "rejects", "rejected", "rejecting"],
    "forecast": ["forecast", "forecasts"],
    "record": ["record", "records", "recorded"],
    "hear": ["heard"],
    "decline": ["declined"],
    "point": ["points", "pointed", "point"],
    "link": ["link", "links", "linked"],  # "Experts have linked the rise to poor harvests" (see attribution)
    "put": ["put", "puts"],
    # Evaluations are statements too: "Harrowby boss Nadia Pearce praised her players' resilience".
    "praise": ["praise", "praises", "praised"],
    "defend": ["defends", "defended"],  # "defended the programme" (not "defended their title": see attribution)
    "hail": ["hail", "hails", "hailed"],
    "document": ["documents", "documented"],
    # Other verbs of saying news writing uses for a speaker, counted only with reported words
    # (CLAUSE_ONLY_VERBS): "rates will fall, the governor signalled", "she reiterated that".
    "reiterate": ["reiterate", "reiterates", "reiterated", "reiterating"],
    "repeat": ["repeated"],
    "observe": ["observed"],
    "remark": ["remarked"],
    "comment": ["commented"],
    "counter": ["countered", "counters"],
    "retort": ["retorted"],
    "assure": ["assured", "assures"],
    "signal": ["signalled", "signaled", "signals"],
    "hint": ["hinted", "hints"],
    "speculate": ["speculated"],
    "reckon": ["reckons", "reckoned"],
    "calculate": ["calculated", "calculates"],
    "clarify": ["clarified"],
    "recount": ["recounted", "recounts"],
    "demand": ["demanded", "demands"],
    "mention": ["mentioned"],
    "lament": ["lamented", "laments"],
    "concur": ["concurred"],
    "swear": ["swore", "swears", "sworn"],
    # More verbs of saying, with reported words only (CLAUSE_ONLY_VERBS): "the judge ruled that",
    # "she underlined that", "officials fear that", '"...," he quipped'.
    "affirm": ["affirmed", "affirms", "reaffirmed", "reaffirms"],
    "underline": ["underlined", "underlines", "underscored", "underscores", "highlighted", "highlights"],
    "protest": ["protested", "protests"],
    "object": ["objected", "objects"],
    "answer": ["answered", "answers"],
    "reassure": ["reassured", "reassures"],
    "inform": ["informed", "informs"],
    "brief": ["briefed"],
    "rule": ["ruled", "rules"],
    "joke": ["joked", "jokes", "quipped", "quips"],
    "muse": ["mused", "muses"],
    "confide": ["confided"],
    "opine": ["opined"],
    "posit": ["posited", "posits"],
    "theorise": ["theorised", "theorized"],
    "elaborate": ["elaborated"],
    "specify": ["specified"],
    "attest": ["attested"],
    "certify": ["certified"],
    "fear": ["fear", "fears", "feared"],
    "suspect": ["suspect", "suspects", "suspected"],
    "doubt": ["doubted", "doubts"],
    "give": ["gave", "gives"],  # only a figure: "officials gave a lower number" (see attribution)
    "measure": ["measured"],
    "instruct": ["instructed", "instructs"],  # "An email ... instructed them to": a document's words  # only passive with its measurer: "which the USGS measured at 6.4" (attribution)
    "denounce": ["denounce", "denounces", "denounced", "decried", "decries", "deplored", "deplores"],
}
# Present and other forms of the verbs above that news features use ("she describes", "he posts").
for _lemma, _more in {"describe": ["describes"], "publish": ["publishing"], "post": ["posts"],
                      "urge": ["urge"], "respond": ["responds"], "agree": ["agrees"], "promise": ["promise"],
                      "threaten": ["threatens"], "observe": ["observes"], "remark": ["remarks"],
                      "repeat": ["repeats"], "mention": ["mentions"], "hear": ["hears"], "decline": ["declines"],
                      "quote": ["quotes"], "cite": ["cites"], "recount": ["recounting"],
                      "forecast": ["forecasted"], "comment": ["comments"]}.items():
    _REPORT_LEMMAS[_lemma] = _REPORT_LEMMAS[_lemma] + [f for f in _more if f not in _REPORT_LEMMAS[_lemma]]
REPORT_VERBS = {form: lemma for lemma, forms in _REPORT_LEMMAS.items() for form in forms}

# Verbs of manner that frame a quotation as speech only as its tag, right after
# it: '"Not the cold," she laughs.', '"Fine," he shrugged.', '"Not bad," jokes X.'
# (elsewhere they are events: "she laughed at the idea").
MANNER_SPEECH_VERBS = {
    form for stem, forms in {
        "laugh": ("laughs", "laughed"), "smile": ("smiles", "smiled"), "sigh": ("sighs", "sighed"),
        "shrug": ("shrugs", "shrugged"), "grin": ("grins", "grinned"), "chuckle": ("chuckles", "chuckled"),
        "joke": ("jokes", "joked"), "quip": ("quips", "quipped"), "muse": ("muses", "mused"),
        "snap": ("snaps", "snapped"), "scoff": ("scoffs", "scoffed"), "shout": ("shouts", "shouted"),
        "whisper": ("whispers", "whispered"), "reflect": ("reflects", "reflected"),
        "beam": ("beams", "beamed"), "groan": ("groans", "groaned"), "mutter": ("mutters", "muttered"),
        "murmur": ("murmurs", "murmured"), "exclaim": ("exclaims", "exclaimed"), "nod": ("nods", "nodded"),
        "wince": ("winces", "winced"), "smirk": ("smirks", "smirked"), "giggle": ("giggles", "giggled"),
    }.items() for form in forms
}

# Verbs whose subject is normally a document or media item ("the report found",
# "the video shows"): they count as attribution only for such subjects.
EVIDENCE_VERBS = {"show", "find", "indicate", "conclude", "reveal", "suggest", "point", "put", "document", "give",
                  "link", "list"}
# Verbs that attribute only with a particular subject: "the court heard",
# "the ministry recorded 2,846 cases" (an organisation, not "the team recorded a song").
COURT_WORDS = {"court", "jury", "jurors", "tribunal", "inquiry", "inquest", "hearing", "trial", "judge"}

# Verbs that need a clause ("that ...", a quote) to count as attribution, as
# they have other senses ("she noted the time", "they posted a photo").
CLAUSE_ONLY_VERBS = {"affirm", "underline", "protest", "object", "answer", "reassure", "inform", "brief",
                     "rule", "joke", "muse", "confide", "opine", "posit", "theorise", "elaborate", "specify",
                     "attest", "certify", "fear", "suspect", "doubt",
                     "note", "post", "recall", "believe", "think", "agree", "ask",
                     "describe", "urge", "threaten", "respond", "reply",
                     "publish", "add", "write", "state", "announce", "declare", "accept",
                     "reiterate", "repeat", "observe", "remark", "comment", "counter", "retort", "assure",
                     "signal", "hint", "speculate", "reckon", "calculate", "clarify", "recount", "demand",
                     "mention", "lament", "concur", "swear"}

# Nouns that make "said in a statement", "published a statement saying".
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "release", "press release",
                   "post", "tweet", "message", "letter", "speech", "interview",
                   "briefing", "conference", "news conference", "press conference",
                   "video", "broadcast", "remarks", "comments", "note", "declaration",
                   "report", "bulletin", "notice", "posting", "audio", "address", "podcast", "op-ed",
                   "article", "editorial", "column", "essay", "appearance", "programme", "program",
                   "documentary", "livestream", "speeches", "statements", "posts", "email", "e-mail",
                   "emails", "memo", "response", "reply"}

# Audiences of "told ...": no via ("told reporters" -> null).
# Source: newsroom usage; these are people, not channels.
GENERIC_AUDIENCES = {"reporters", "journalists", "press", "media", "lawmakers", "parliament",
                     "me", "us", "him", "her", "them", "crowd", "audience", "supporters",
                     "conference", "briefing", "gathering", "meeting", "rally", "court",
                     "jury", "judge", "committee", "congress", "senate", "delegates",
                     "students", "residents", "listeners", "viewers", "readers",
                     "correspondent", "reporter", "journalist", "colleagues", "people",
                     "news", "members", "officials", "troops", "audiences", "investigators",
                     "jurors", "detectives", "police", "officers", "mps", "senators", "council",
                     "shareholders", "investors", "analysts", "staff", "employees", "workers",
                     "party", "voters", "residents", "the", "a", "an"}

# --------------------------------------------------------------------------
# Channels a source speaks through ("on Telegram" -> Telegram).
# Source: the platforms that wire copy names when quoting posts.
PLATFORMS = {
    "telegram", "x", "twitter", "facebook", "instagram", "youtube", "tiktok",
    "whatsapp", "linkedin", "truth social", "weibo", "wechat", "vk", "vkontakte",
    "snapchat", "reddit", "threads", "bluesky", "mastodon", "signal", "substack",
    "rumble", "gab", "discord", "twitch", "telegram channel", "website",
}

# --------------------------------------------------------------------------
# News outlets and agencies. Source: the world's main wire services
# (Reuters, AP, AFP, dpa, EFE, ANSA, Xinhua, Kyodo...), large broadcasters
# and papers often cited in international copy, and state news agencies.
# Lower-case, matched on the whole name.
OUTLETS = {
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
    "agence france presse", "dpa", "efe", "ansa", "xinhua", "kyodo", "yonhap", "tass", "ria novosti",
    "interfax", "anadolu", "anadolu agency", "sana", "irna", "fars", "tasnim", "wafa", "mena",
    "bbc", "bbc news", "cnn", "al jazeera", "al-jazeera", "al arabiya", "al-arabiya", "sky news",
    "fox news", "nbc", "nbc news", "cbs", "cbs news", "abc", "abc news", "npr", "pbs", "msnbc",
    "bloomberg", "the new york times", "new york times", "the washington post", "washington post",
    "the wall street journal", "wall street journal", "the guardian", "guardian", "the times",
    "financial times", "the financial times", "the economist", "le monde", "der spiegel", "spiegel",
    "el pais", "el país", "haaretz", "the times of israel", "times of israel", "axios", "politico",
    "the telegraph", "daily telegraph", "the independent", "the hill", "usa today", "los angeles times",
    "channel 4", "itv", "france 24", "dw", "deutsche welle", "rt", "sputnik", "cgtn", "nhk",
    "al-watan", "al watan", "al-araby al-jadeed", "the new arab", "syria direct", "al-monitor",
    "middle east eye", "the national", "arab news", "asharq al-awsat", "al-akhbar", "al-mayadeen",
    "al mayadeen", "enab baladi", "kurdistan 24", "rudaw", "the intercept", "propublica",
    "vice", "vice news", "buzzfeed news", "huffpost", "the atlantic", "newsweek", "time",
    "the hindu", "times of india", "dawn", "south china morning post", "scmp", "global times",
    "kyiv independent", "ukrainska pravda", "meduza", "novaya gazeta", "izvestia", "kommersant",
    # More of the world's news agencies, papers and broadcasters that wire copy quotes by name (distinctive names
    # only: no bare "mail", "star", "sun" or which are also common words).
    "ria", "ria novosti", "rossiya 24", "rossiya-24", "channel one", "tv zvezda", "zvezda", "vedomosti", "rbc",
    "ukrinform", "suspilne", "unian", "hromadske", "belta", "kazinform", "apa", "armenpress", "agerpres",
    "pap", "ctk", "mti", "hina", "tanjug", "bta", "ana-mpa", "kathimerini", "ekathimerini", "hurriyet",
    "hürriyet", "daily sabah", "cumhuriyet", "trt", "trt world", "ntv", "haberturk", "dha", "ihlas",
    "bild", "die zeit", "faz", "frankfurter allgemeine zeitung", "süddeutsche zeitung", "sueddeutsche zeitung",
    "handelsblatt", "die welt", "tagesschau", "ard", "zdf", "ndr", "wdr", 
    "kleine zeitung", "der standard", "die presse", "kronen zeitung", "orf", "apa",
    "neue zürcher zeitung", "nzz", "tages-anzeiger", "srf", "rts", "swissinfo", "keystone-sda", "sda",
    "le figaro", "libération", "liberation", "le parisien", "les echos", "l'equipe", "l'équipe", "france info",
    "franceinfo", "france inter", "rfi", "tf1", "france 2", "bfmtv", "bfm tv", "lci", "ouest-france", "le point",
    "l'express", "mediapart", "corriere della sera", "la repubblica", "repubblica", "la stampa", "il sole 24 ore",
    "gazzetta dello sport", "rai", "mediaset", "adnkronos", "el mundo", "abc news", "la vanguardia", "el confidencial",
    "rtve", "cadena ser", "europa press", "público", "expresso", "jornal de notícias", "lusa",
    "rtp", "de telegraaf", "telegraaf", "volkskrant", "de volkskrant", "nrc", "anp", "vrt", "rtbf",
    "le soir", "belga", "de standaard", "politiken", "berlingske", "ritzau", "nrk", "aftenposten", 
    "dagens naeringsliv", "ntb", "svt", "sveriges radio", "dagens nyheter", "svenska dagbladet", "aftonbladet",
    "expressen", "yle", "helsingin sanomat", "stt", "rte", "rté", "the irish times", "irish times",
    "irish independent", "the irish independent", "irish examiner", "thejournal.ie", "pa media",
    "press association", "the scotsman", "daily mail", "the daily mail", "mail online",
    "the sunday times", "sunday times", "evening standard", "the evening standard", "daily mirror",
    "gb news", "lbc", "talksport", "sky sports", "sky sports news",
    "bbc sport", "bbc radio 4", "bbc world service", "bbc news online", "itv news", "channel 4 news", "5 live",
    "radio 4", "the athletic", "espn", "the new yorker", "new york post", "the new york post", "chicago tribune",
    "boston globe", "the boston globe", "miami herald", "the miami herald", "san francisco chronicle",
    "houston chronicle", "the dallas morning news", "seattle times", "the seattle times", "star tribune",
    "the philadelphia inquirer", "philadelphia inquirer", "the baltimore sun", "the atlanta journal-constitution",
    "denver post", "the denver post", "the oregonian", "tampa bay times", "the arizona republic",
    "cnbc", "fox business", "marketwatch", "barron's", "business insider", 
    "the verge", "techcrunch", "semafor", "the daily beast", "npr news",
    "voice of america", "voa", "radio free europe", "radio free europe/radio liberty", "rfe/rl", "radio liberty",
    "radio free asia", "rfa", "cbc", "cbc news", "ctv", "ctv news", "global news", "the globe and mail",
    "globe and mail", "toronto star", "the toronto star", "national post", "la presse", "radio-canada",
    "the canadian press", "canadian press", "abc australia", "australian broadcasting corporation", "sbs",
    "the sydney morning herald", "sydney morning herald", "the australian", "news.com.au", "aap",
    "australian associated press", "rnz", "radio new zealand", "nz herald", "the new zealand herald", 
    "tvnz", "newshub", "nhk world", "asahi", "asahi shimbun", "the asahi shimbun", "yomiuri", "yomiuri shimbun",
    "mainichi", "nikkei", "nikkei asia", "jiji", "jiji press", "the japan times", "japan times", "kbs", "mbc",
    "sbs news", "chosun ilbo", "joongang daily", "korea herald", "the korea herald", "korea times", "kcna",
    "korean central news agency", "rodong sinmun", "people's daily", "china daily", "cctv", "caixin",
    "chinanews", "china news service", "ming pao", "rthk", "hong kong free press", "taipei times",
    "focus taiwan", "central news agency", "the straits times", "straits times", "channel newsasia",
    "today online", "bernama", "the star malaysia", "malaysiakini", "antara", "kompas", "the jakarta post",
    "jakarta post", "rappler", "philippine daily inquirer", "abs-cbn", "gma news",
    "philstar", "the philippine star", "vnexpress", "vna", "vietnam news agency", "tuoi tre", "thanh nien",
    "bangkok post", "the bangkok post", "the nation thailand", "khaosod", "irrawaddy", "the irrawaddy",
    "myanmar now", "mizzima", "dvb", "democratic voice of burma", "global new light of myanmar", "the daily star",
    "prothom alo", "bdnews24", "bss", "the express tribune", "express tribune", "geo news", "geo tv", "ary news",
    "associated press of pakistan", "the news international", "business recorder",
    "pti", "press trust of india", "ians", "ndtv", "india today", "the indian express", "indian express",
    "hindustan times", "the hindustan times", "the economic times", "economic times", "livemint",
    "theprint", "scroll.in", "deccan herald", "doordarshan",
    "all india radio", "the kathmandu post", "kathmandu post", "tolo news", "tolonews", "pajhwok", "ariana news",
    "khaama press", "amu tv", "iran international", "bbc persian", "press tv", "presstv", "mehr news",
    "isna", "ilna", "kayhan", "tehran times", "al-ahram", "al ahram", "ahram online", "mada masr", "al-masry al-youm",
    "the jordan times", "jordan news agency", "naharnet", "l'orient-le jour", "l'orient today",
    "national news agency", "nna", "al-manar", "al manar", "lbci", "mtv lebanon", "al-jadeed", "an-nahar",
    "the times of israel", "ynet", "ynetnews", "israel hayom", "the jerusalem post", "jerusalem post", 
    "channel 12", "channel 13", "army radio", "maariv", "ma'an", "maan news", "palestine tv", "al-quds",
    "al-masirah", "al masirah", "aden al-ghad", "saudi press agency", "al-ekhbariya", "wam",
    "gulf news", "khaleej times", "the national news", "qna", "kuna", "bna", "alsumaria", "shafaq news",
    "iraqi news agency", "kurdistan24", "k24", "hawar news", "anha", "north press", "north press agency",
    "syrian observer", "suna", "sudan tribune", "radio dabanga", "dabanga", "libya observer", "libya herald",
    "al-wasat", "tunis afrique presse", "hespress", "le360", "fana", "addis standard",
    "daily nation", "standard media", "kbc", "citizen tv", "ntv kenya",
    "the east african", "daily monitor", "new vision", "the new times", "igihe", "the eastleigh voice",
    "garowe online", "hiiraan", "somali guardian", "radio mogadishu", "premium times", "the punch",
    "vanguard", "the guardian nigeria", "thisday", "daily trust", "channels television", "channels tv", "arise tv",
    "tvc news", "nan", "news agency of nigeria", "sahara reporters", "the cable", "thecable", "ghanaweb",
    "myjoyonline", "joy news", "citi fm", "daily graphic", "gna", "ghana news agency", "aps senegal",
    "rfi afrique", "jeune afrique", "actualite.cd", "radio okapi", "7sur7.cd", "news24", "daily maverick",
    "mail & guardian", "the mail & guardian", "sabc", "sabc news", "enca", "eyewitness news", "ewn", "timeslive",
    "sowetan", "city press", "iol", "the herald zimbabwe", "newsday", "zimlive", "the zambian observer",
    "lusaka times", "nyasa times", "the namibian", "mmegi", "folha", "folha de s.paulo", "folha de sao paulo",
    "o globo", "g1", "estadão", "estadao", "valor economico", "agência brasil", "agencia brasil", "uol",
    "clarín", "clarin", "la nación", "la nacion", "página 12", "pagina 12", "infobae", "télam", "telam",
    "el universal", "milenio", "la jornada", "animal político", "el tiempo", 
    "el espectador", "caracol radio", "rcn", "el comercio", "la república", "rpp", 
    "la tercera", "el mercurio", "biobio", "cooperativa", "el deber", "la razón", "abc color", "ultima hora",
    "el observador", "el país uruguay", "telesur", "efecto cocuyo", "el nacional", "el pitazo", "cubadebate",
    "granma", "14ymedio", "prensa latina", "el faro", "la prensa", "confidencial", "prensa libre",

    # the BBC's and VOA's language services ("BBC Burmese quoted ...")
    "bbc burmese", "bbc arabic", "bbc russian", "bbc ukrainian", "bbc hindi", "bbc urdu", "bbc swahili",
    "bbc hausa", "bbc somali", "bbc mundo", "bbc brasil", "bbc turkish", "bbc pashto", "bbc bangla", "bbc tigrinya",
    "bbc amharic", "bbc chinese", "bbc vietnamese", "bbc thai", "bbc indonesia", "bbc nepali", "bbc tamil",
    "bbc afrique", "bbc yoruba", "bbc igbo", "bbc pidgin", "voa burmese", "voa persian", "voa hausa", "voa somali",
    "voa amharic", "voa afrique", "rfa burmese", "rfa uyghur", "rfa tibetan",
}

# Services that collect experts' comments for journalists: what a scientist "told the Science Media Centre" reaches
# readers through whichever outlet quotes it, so the service is no channel.
BRIEFING_SERVICES = {"science media centre", "science media center", "australian science media centre",
                     "new zealand science media centre", "german science media center"}

# Head nouns that make a source an outlet ("pro-regime newspaper al-Watan").
OUTLET_NOUNS = {"newspaper", "paper", "daily", "weekly", "agency", "news agency", "broadcaster",
                "channel", "television", "tv", "radio", "station", "outlet", "magazine",
                "website", "site", "network", "tabloid", "wire", "publication", "outlets",
                "newspapers", "media"}

# Words that make a source a government body. Source: the usual names of
# executive, security and judicial bodies in English-language news.
GOVERNMENT_WORDS = {
    "ministry", "minister", "ministries", "government", "governments", "police", "army",
    "military", "prosecutor", "prosecutors", "prosecution", "cabinet", "presidency", "pentagon",
    "kremlin", "white house", "downing street", "elysee", "élysée", "state department",
    "department", "interior", "defence", "defense", "navy", "air force", "authorities",
    "authority", "council", "parliament", "senate", "congress", "court", "judiciary",
    "embassy", "consulate", "administration", "regime", "governor", "mayor", "municipality",
    "commission", "agency", "office", "bureau", "forces", "guard", "gendarmerie", "coast guard",
    "spokesperson", "spokesman", "spokeswoman", "officials", "official",
}
# A subset that alone settles the kind even inside an ORG name.
# Last words of bodies' names ("... Workers' Union", "... Monitoring Mission Office").
BODY_NAME_ENDINGS = {"union", "association", "party", "agency", "commission", "council", "organisation", "organization",
                     "institute", "federation", "front", "movement", "service", "authority", "bank", "fund", "network",
                     "group", "committee", "board", "ministry", "centre", "center", "alliance", "coalition",
                     "foundation", "society", "office", "league", "confederation", "syndicate", "observatory", "court"}
GOVERNMENT_HEADS = {"ministry", "government", "police", "army", "military", "prosecutor",
                    "prosecutors", "cabinet", "presidency", "pentagon", "kremlin", "white house",
                    "state department", "authorities", "navy", "air force", "embassy",
                    "administration", "regime", "municipality", "gendarmerie", "judiciary",
                    "interior ministry", "defence ministry", "defense ministry", "downing street"}

# Document heads. Source: the kinds of written evidence news cites.
DOCUMENT_WORDS = {"copy", "copies", "excerpt", "excerpts",  # ("a copy of the report, seen by Reuters")
                  "file", "files", "note", "papers",  # ("The files ... show payments", "The note puts the estimate at")
                  "report", "study", "survey", "document", "documents", "data", "figures",
                  "statistics", "census", "poll", "analysis", "filing", "filings", "indictment",
                  "complaint", "lawsuit", "ruling", "verdict", "judgment", "memo", "letter",
                  "records", "record", "audit", "review", "paper", "preprint", "research", "assessment",
                  "estimate", "estimates", "tally", "count", "release", "statement", "order",
                  "decree", "resolution", "bill", "affidavit", "transcript", "leaked",
                  "dossier", "inquiry", "investigation", "index", "forecast", "budget",
                  # plurals and trials: "polls suggest", "studies have found", "a trial published in ..."
                  "polls", "surveys", "studies", "reports", "analyses", "audits", "reviews", "assessments",
                  "trial", "trials", "experiments", "experiment", "models", "projections", "tests",
                  # what an inspection or a count turns up: "an inspection found", "partial results show"
                  "inspection", "inspections", "results", "autopsy", "post-mortem", "postmortem", "probe",
                  "evaluation", "evaluations", "findings",
                  # the written record of a meeting or a case: "Minutes of the October meeting showed"
                  "minutes", "transcripts", "memos", "letters", "emails", "notes", "logs", "documents",
                  "messages", "testimony", "submission", "submissions", "guidance", "notice", "warrant",
                  "spreadsheet", "spreadsheets", "invoices", "receipts", "draft", "drafts", "presentation",
                  "presentations", "ledger", "ledgers", "slides",
                  # "A draft text seen by Reuters provides for ...", "a risk register seen by the Guardian rated ..."
                  "text", "register"}

# Media items. Source: what wire copy says about user-generated content.
MEDIA_WORDS = {"video", "videos", "footage", "photo", "photos", "photograph", "photographs",
               "image", "images", "picture", "pictures", "clip", "clips", "recording",
               "recordings", "audio", "livestream", "broadcast", "post", "posts", "tweet",
               "tweets", "screenshot", "screenshots", "imagery", "satellite images", "film",
               "replay", "replays"}  # ("Television replays appeared to show ...")

# Heads of anonymous-source phrases. Source: AP and Reuters guidance on
# anonymous sources ("a senior official", "sources familiar with the matter").
ANONYMOUS_HEADS = {"source", "sources", "official", "officials", "diplomat", "diplomats",
                   "figure", "figures", "adviser", "advisers", "advisor", "advisors", "strategist", "strategists",
                   "backbencher", "backbenchers", "operative", "operatives",
                   "insider", "insiders", "aide", "aides", "person", "people", "individual",
                   "individuals", "officer", "officers", "employee", "employees", "staffer",
                   "staffers", "member", "members", "witness", "witnesses", "resident",
                   "residents", "activist", "activists", "commander", "commanders",
                   "spokesman", "spokeswoman", "spokesperson", "executive", "executives",
                   "analyst", "analysts", "expert", "experts", "doctor", "doctors", "medic",
                   "medics", "fighter", "fighters", "security", "lawmaker", "lawmakers",
                   "investigator", "investigators", "worker", "workers", "colleague",
                   "scientist", "scientists", "researcher", "researchers", "economist", "economists",
                   "pollster", "pollsters", "curator", "curators", "physician", "physicians",
                   "nurse", "nurses", "lawyer", "lawyers", "scholar", "scholars", "historian",
                   "historians", "observer", "observers", "critic", "critics", "supporter",
                   "supporters", "opponent", "opponents", "traders", "trader", "banker", "bankers",
                   "negotiator", "negotiators", "mediator", "mediators", "envoy", "envoys",
                   "survivor", "survivors", "villager", "villagers", "farmer", "farmers",
                   "parent", "parents", "teacher", "teachers", "student", "students", "engineer",
                   "engineers", "pilot", "pilots", "soldier", "soldiers", "police officer", "agent",
                   "agents", "contact", "contacts", "policymaker", "policymakers", "minister", "ministers",
                   "relative", "relatives", "campaigner", "campaigners", "protester", "protesters",
                   "family", "families", "regulator", "regulators", "legislator", "legislators",
                   "attorney", "attorneys", "counsel", "solicitor", "solicitors", "barrister", "barristers",
                   "representative", "representatives", "spokespeople", "spokespersons", "ally", "allies",
                   "neighbour", "neighbours", "neighbor", "neighbors", "passenger", "passengers", "patient",
                   "patients", "consumer", "consumers", "voter", "voters", "shopkeeper", "shopkeepers",
                   "victim", "victims", "rescuer", "rescuers", "volunteer", "volunteers", "organiser",
                   "organisers", "organizer", "organizers", "director", "directors", "manager", "managers",
                   "staff", "crew", "dispatcher", "dispatchers", "commuter", "commuters", "installer",
                   "installers", "guard", "guards", "rescuer", "paramedic", "paramedics", "driver", "drivers",
                   "whistleblower", "whistleblowers", "eyewitness", "eyewitnesses", "informant", "informants",
                   "clinician", "clinicians", "surgeon", "surgeons", "midwife", "midwives", "pharmacist",
                   "pharmacists", "technician", "technicians", "coordinator", "coordinators", "inspector",
                   "inspectors", "detective", "detectives", "counsellor", "counsellors", "counselor", "counselors",
                   "administrator", "administrators"}
# Phrases that make any source anonymous.
ANONYMITY_MARKERS = ["condition of anonymity", "on condition they not be named",
                     "declined to be named", "asked not to be named", "asked not to be identified",
                     "declined to be identified", "not authorised to", "not authorized to",
                     "who requested anonymity", "requested anonymity", "speaking anonymously",
                     "familiar with", "close to the", "with knowledge of", "briefed on",
                     "who did not want to be named", "on background"]

# Common nouns that, with "the", point back to a named source
# ("the ministry said" -> the Interior Ministry named earlier).
DEFINITE_BACKREF_NOUNS = OUTLET_NOUNS | GOVERNMENT_WORDS | {
    "group", "organisation", "organization", "observatory", "monitor", "company", "firm",
    "movement", "party", "coalition", "alliance", "union", "militia", "network", "charity",
    "ngo", "watchdog", "body", "institute", "university", "hospital", "airline", "bank",
    "club", "league", "federation", "association", "foundation", "campaign", "statement",
    "report", "study", "spokesman", "spokeswoman", "spokesperson", "official", "minister",
    "president", "prime minister", "chief", "director", "leader", "commander", "ambassador",
    "lawyer", "attorney", "researcher", "professor", "analyst", "expert", "witness",
}

PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we"}

# Titles that precede a person's name and belong in the descriptor
# ("Foreign Minister Sergei Lavrov" -> descriptor "Foreign Minister").
PERSON_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "minister",
                 "prime", "foreign", "defence", "defense", "interior", "general", "gen", "colonel",
                 "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt",
                 "senator", "sen", "representative", "rep", "governor", "gov", "mayor", "judge",
                 "justice", "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir",
                 "ambassador", "secretary", "spokesman", "spokeswoman", "spokesperson", "chief",
                 "commander", "director", "chairman", "chairwoman", "ceo", "pope", "rabbi",
                 "imam", "father", "sir", "lord", "lady", "deputy", "vice", "state", "finance",
                 "health", "economy", "energy", "trade", "justice", "attorney", "officer",
                 # ("Health Commissioner Ann Obi", "the chief inspector of prisons said")
                 "commissioner", "inspector", "superintendent",
                 # local government: "Cllr Cheetham", "Councillor Marian Cheetham", "Alderman Ruiz"
                 "cllr", "cr", "councillor", "councilor", "alderman", "alderwoman"}

# --------------------------------------------------------------------------
# Acronyms the small English model misreads as function words ("IS" -> is,
# "WHO" -> who). Source: organisations frequent in international news.
# Used for an entity ruler placed before NER, and swapped for a safe proper
# noun in the parser's copy so that "IS claimed ..." parses with IS as subject.
ACRONYM_ENTITIES = {
    "IS": "ORG", "ISIS": "ORG", "ISIL": "ORG", "AFP": "ORG", "UN": "ORG", "WHO": "ORG",
    "NATO": "ORG", "EU": "ORG", "AP": "ORG", "BBC": "ORG", "CNN": "ORG", "SANA": "ORG",
    "IAEA": "ORG", "UNICEF": "ORG", "UNHCR": "ORG", "ICRC": "ORG", "IMF": "ORG", "OPEC": "ORG",
    "SDF": "ORG", "YPG": "ORG", "PKK": "ORG", "FSA": "ORG", "HTS": "ORG", "IDF": "ORG",
    "MSF": "ORG", "ICC": "ORG", "ICJ": "ORG", "FBI": "ORG", "CIA": "ORG", "NSA": "ORG",
    "OCHA": "ORG", "WFP": "ORG", "UNRWA": "ORG", "AU": "ORG", "ASEAN": "ORG", "IRNA": "ORG",
}
# Acronyms equal to an English function word: replaced in the parser's copy.
PARSE_SWAPS = {"IS": "ISIS", "WHO": "UNICEF", "dpa": "AFP"}  # (the tagger reads a lower-case "dpa" as a verb)

# --------------------------------------------------------------------------
# Check-worthiness cues. Source: ClaimBuster-style feature lists (Hassan et
# al. 2017) adapted to news copy: opinion/evaluation words and modal or
# predictive markers push a sentence towards "not check-worthy".
OPINION_WORDS = {"think", "thinks", "believe", "believes", "feel", "feels", "hope", "hopes",
                 "should", "must", "ought", "wish", "opinion", "terrible", "wonderful", "great",
                 "awful", "disgraceful", "shameful", "beautiful", "best", "worst", "outrageous",
                 "ridiculous", "absurd", "brilliant", "sad", "happy", "love", "hate", "fear",
                 "unacceptable", "seems", "perhaps", "maybe", "arguably", "clearly", "surely",
                 "undoubtedly", "believed", "important", "need", "needs", "deserve", "deserves"}
MODAL_WORDS = {"will", "would", "could", "might", "may", "should", "shall", "can", "must"}
PREDICTION_WORDS = {"expected", "expects", "expect", "forecast", "predict", "predicted",
                    "likely", "unlikely", "plans", "plan", "intends", "aims", "soon", "next",
                    "upcoming", "future", "going", "possibly", "potentially", "probably"}
FACTUAL_VERB_TAGS = {"VBD", "VBN"}

# --------------------------------------------------------------------------
# Abbreviations that end with a period without ending a sentence.
# Source: common English news abbreviations (AP style titles, months, states).
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "cmdr", "adm",
    "sen", "rep", "gov", "pres", "st", "jr", "sr", "inc", "co", "corp", "ltd", "llc", "no",
    "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ft",
    "mt", "fig", "approx", "dept", "est", "govt", "hon", "rev", "u.s", "u.k", "u.n", "e.g",
    "i.e", "a.m", "p.m", "d.c", "op", "cf", "al", "ave", "blvd", "rd", "univ", "assn", "bros",
    "ph.d", "mass", "calif", "fla", "ariz", "colo", "conn", "ill", "kan", "mich", "minn", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "wash", "wis", "nos", "vol", "pp", "cap",
}
# Titles written with a full stop before a name (AP style, singular and plural):
# "Sens. Ann Holt and ...", "Supt. Jane Roe", "Det. Sgt. Bo Kim", "Messrs. Smith and Jones".
TITLE_ABBREVIATIONS = {
    "sen", "sens", "rep", "reps", "gov", "govs", "lt", "gen", "gens", "col", "cols", "sgt",
    "sgts", "capt", "capts", "cmdr", "cdr", "adm", "supt", "insp", "det", "dets", "cpl", "maj",
    "brig", "pvt", "spc", "cpt", "msgt", "rev", "hon", "prof", "profs", "dr", "drs", "mr",
    "mrs", "ms", "messrs", "mmes", "mme", "mlle", "fr", "msgr", "atty", "rt", "pres", "supt",
    "comdr", "cmdt", "amb", "sec", "secs", "treas", "asst", "assoc", "dist", "st", "mt", "ft",
}
ABBREVIATIONS |= TITLE_ABBREVIATIONS | {"u.a.e", "e.u", "u.s.a", "gov't", "v"}  # ("The case is U.S. v. Hale")
# Abbreviations that are also ordinary words ("he fell ill.", "a Catholic mass."):
# an abbreviation only when written capitalised ("Springfield, Ill.", "Mar. 3").
AMBIGUOUS_ABBREVIATIONS = {
    "ill", "mass", "wash", "ore", "sun", "sat", "wed", "mar", "pa", "est", "cap", "art", "fig",
    "op", "al", "co", "sec", "dist", "det", "cal",
}

# --------------------------------------------------------------------------
# Layout boiler-plate. Source: what news sites put around an article body
# (wire credits, republishing notes, share and newsletter prompts).
CREDIT_PATTERNS = [
    r"^(?:references?|citation|cite\s+this\s+(?:article|study))\s*:\s",  # a paper's citation under the story
    r"^(?:this|the)\s+(?:article|story|piece|report|interview|post|content|op-ed|essay)\s+"
    r"(?:was|is|has\s+been|first)\s+(?:originally\s+|first\s+|also\s+)?"
    r"(?:published|produced|written|reported|republished|reproduced|appeared|translated|edited|posted|syndicated|"
    r"conducted|condensed)",
    r"^(?:originally|first)\s+(?:published|appeared)\b",
    r"^a\s+version\s+of\s+this\s+(?:article|story|piece)",
    r"^(?:republished|reprinted|reproduced|translated|adapted)\s+(?:with|from|by)\b",
    r"^(?:copyright|©|\(c\))",
    r"\ball rights reserved\b",
    r"^\(?(?:additional\s+|contributing\s+|further\s+)?(?:reporting|writing|editing|compiled|research|translation|translated|graphics)\s+by\b",
    r"^\(?contributing\s*:",
    # Funding disclaimers: "The AP Health and Science Department receives support from ...",
    # "This coverage is supported by a grant from ...", "X is solely responsible for all content."
    # (a newsroom's unit or its coverage, never "The hospital receives funding from ...")
    r"^[^.!?]{0,120}\b(?:coverage|journalism|reporting|newsroom|desk|(?:press|news|ap|afp)\b[^.!?]{0,60}\b"
    r"(?:department|team|unit))\b[^.!?]{0,40}?\b(?:receives?|received|gets)\s+(?:\w+\s+){0,2}"
    r"(?:support|funding|grants?)\s+from\b",
    r"^(?:this|our|[^.!?\s]+(?:\s+[^.!?\s]+){0,3}['’]s)\s+(?:[\w-]+\s+){0,3}(?:coverage|journalism|reporting|series)"
    r"\s+(?:is|was|are)\s+(?:\w+\s+){0,2}(?:supported|funded|underwritten|made\s+possible)\s+(?:in\s+part\s+)?"
    r"(?:by|through)\b",
    r"\bis\s+solely\s+responsible\s+for\s+(?:all\s+)?(?:the\s+)?content\b",
    # Corrections and update notes: "This story has been corrected to ...", "Correction: ..."
    r"^(?:this|the)\s+(?:article|story|piece|report|post)\s+(?:has\s+been|was|is\s+being)\s+(?:\w+\s+)?"
    r"(?:corrected|updated|amended|clarified)\b",
    r"^(?:correction|clarification|editor'?s\s+note)\s*[:.\-–—]",
    r"^an?\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|piece|report)\b",
    # "Jim Gomez contributed reporting from Manila."
    r"^[^.!?]{3,120}\bcontributed\s+(?:additional\s+)?reporting\b[^.!?]{0,80}\.?$",
    r"^(?:editing|edited)\s+by\b",
    r"^(?:source|sources|credit|credits)\s*:",
    r"^this\s+(?:article|story)\s+(?:is|was)\s+(?:part\s+of|brought\s+to\s+you|supported|funded)",
    # "Associated Press writer Jim Gomez in Manila contributed to this report."
    r"^[^.!?]{3,120}\bcontributed\s+(?:reporting\s+)?(?:to\s+)?(?:this|the)\s+(?:report|story|article|reporting)"
    r"(?:\s+(?:from|in)\s+[^.!?]{2,60})?\.?$",
    # "Holloway reported from Brussels." under a wire story: where the reporter filed from
    r"^(?-i:[A-Z])[\w'’-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]+){0,3}\s+(?:reported|wrote)\s+from\s+(?-i:[A-Z])"
    r"[^.!?]{1,50}\.?$",
]
PROMPT_PATTERNS = [
    r"^(?:read|see|watch|listen)\s+(?:more|also|next|now|here)\b",
    r"^read\s*:",
    r"^(?:related|more|also\s+read|also\s+see|further\s+reading|recommended)\s*(?::|stories|articles|coverage|reading|"
    r"news\s*:)",
    r"^kindly\s+share\b",
    r"^(?:share|follow|subscribe|sign\s+up|join|like|download|support|donate|click|tap|get)\b.{0,80}"
    r"\b(?:newsletter|twitter|facebook|instagram|telegram|whatsapp|email|inbox|app|us|article|story|"
    r"here|link|page|journalism|subscription|updates|alerts|channel|briefing|bulletin|digest|podcast)\b",
    r"^(?:advertisement|sponsored|promoted|scroll to continue|skip advertisement|story continues)",
    r"^listen\s+to\s+this\s+(?:article|story)",
    r"^(?:image|media|video)\s+(?:source|caption)\s*[,:]",
    r"^(?:photo|image|picture|photograph|video|credit|illustration)\s*:",
    r"^(?:getty images|ap photo|reuters/|afp via getty)",
    r"^(?:share this|share on|email this|print this|copy link)",
    r"^(?:updated|last updated|published|posted|first published)\b.{0,60}\d",
    r"^(?:have a tip|got a tip|contact us|send us|we want to hear)",
    r"^(?:you can follow|follow (?:him|her|them|the author|us))\b",
    # live blogs' and newsletters' greetings and sign-offs
    r"^(?:(?:hello|hi|good\s+(?:morning|afternoon|evening))\s*,?\s*(?:and\s+)?)?welcome\s+(?:back\s+)?to\s+"
    r"(?:our|the|this|today's|this\s+week's)\b",
    r"^(?:that's|that\s+is|that's\s+it)\s+(?:all|it)\s+for\s+(?:this|today|now)\b",
    r"^if\s+you\s+(?:enjoyed|liked|value)\s+this\s+(?:newsletter|article|story|piece|edition)",
    # tip lines, contact details and house notes at the foot of a story
    r"^(?:contact|email|e-mail|reach|write\s+to|message)\b.{0,120}(?:@|\bsignal\b|\bwhatsapp\b|\bsecurely\b"
    r"|\bin\s+confidence\b)",
    r"^(?:if\s+you\s+have|do\s+you\s+have)\s+(?:any\s+)?(?:information|a\s+story|a\s+tip|tips)\b.{0,160}"
    r"(?:contact|email|call|get\s+in\s+touch|message|for\s+(?-i:[A-Z]))",
    r"^do\s+you\s+have\s+a\s+(?:[\w-]+\s+)?(?:story|tip)\b.{0,60}\?",
    r"^(?:log\s+in|sign\s+in|register)\b.{0,60}\b(?:subscribe|save|account|read)\b",
    r"^to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b",
    r"^our\s+standards\s*:",
    r"^(?:photo|picture|image|photograph)s?\s*\|",
    r"^key\s+(?:points|facts|takeaways|findings)\s*:?$",
    r"^forwarded\s+this\s+(?:email|newsletter)\b",
    r"^listen\s+(?:to\s+the\s+full|again)\b",
    r"^please\s+contact\s+us\b",
    r"^this\s+(?:document|article|story|material|content)\s+is\s+(?:subject\s+to|protected\s+by)\s+copyright",
    r"^disclaimer\s*:",
    r"^\((?:updates|adds|recasts|corrects|rewrites|changes)\b[^()]{0,100}\)$",
    r"^courtesy\s+(?:of\s+)?(?:the\s+)?(?:artist\b|(?-i:[A-Z]))",
    r"^(?-i:[A-Z])[^.!?]{0,60}\bis\s+(?:written|compiled)\s+by\s[^.!?]{0,80}\band\s+edited\s+by\b",
    # navigation and furniture: "Corrections | Submit a news tip | Report error", "Home > World > Asia",
    # "Priya Sandhu · CBC News · Posted: ...", "(ATTN: ADDS ...)", "REUTERS/Lena Hoffmann/File Photo"
    r"^[^.!?|]{2,60}(?:\s\|\s[^.!?|]{2,60}){2,}$",
    r"^[^.!?›»>]{2,60}(?:\s[›»>]\s[^.!?›»>]{2,60})+$",
    r"^[^.!?·]{2,80}(?:\s·\s[^!?·]{1,80}){2,}$",
    r"^\((?:attn|editors?'?\s+note|note\s+to\s+editors)\b",
    r"^(?-i:[A-Z]{2,}[\w.]*)/[^/\s][^/]{1,60}(?:/[^/]{1,40})?$",
    r"^photo(?:graph)?s?\s+by\s",
    r"^\((?:submitted|supplied|handout|file)\b[^()]{0,80}\)$",
    # house notes about the publication or the piece
    r"\breader-(?:funded|supported)\b",
    r"^this\s+(?:investigation|article|story|report|series|piece)\s+(?:was|is)\s+(?:produced|published|reported|"
    r"written|supported)\s+(?:in\s+partnership|with\s+(?:the\s+)?support|as\s+part|in\s+collaboration)",
    r"^this\s+(?:report|article|story)\s+by\s.{2,60}\swas\s+(?:first|originally)\s+published\b",
    r"^(?:watch|stream|listen\s+to)\s.{0,150}\b(?:weeknights|on\s+sounds|iplayer|on\s+demand|stream\s+it|"
    r"catch\s+up)\b",
    r"^\([^().!?]{2,60}\)$",
    r"^(?:photo(?:grapher)?|picture)\s*[/:]\s",
    r"^file\s+(?:photo|picture|image)\.?$",
    r"^-*\s*with\s+assistance\s+from\b",
    r"^(?:written|reporting|reported)\s+by\s[^.!?]{2,60}(?:\||;|$)",
    r"^to\s+contact\s+the\s+copyright\b",
    r"^(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,2}\s+(?:covers|reports\s+on|writes\s+about)\s.{2,80}\s"
    r"(?:for|at)\s+(?:the\s+)?(?-i:[A-Z])",
    r"^anyone\s+with\s+(?:any\s+)?information\b.{0,80}\b(?:asked|urged|encouraged|should|can)\b",
    r"\bis\s+a\s+(?:verified\s+)?signatory\s+(?:of|to)\s+the\b",
    r"^got\s+a\s+(?:story|tip|news\s+tip)\b",
    r"^(?:watch|video|listen|audio)\s*:\s",  # "Watch: Speaker names opposition MP (1:42)": a clip's link
    r"^more\s+(?:from|on|in)\s+[^:.!?]{2,40}:\s",  # "More from Energy: Balticconnector repairs completed"
    r"^(?:found|find)\s+this\s+(?:useful|helpful|interesting|valuable)\?",
]
# Footer and credit sentences that stand inside a paragraph as well as on a line of their own ("Have you been
# affected by this story? Contact our investigations team in confidence at ...", "Salmon pens near Tromso.
# Photographer: Kristian Helgesen/Bloomberg"): read per sentence too.
# The last word of many papers' names ("The Courier", "the Colombo Chronicle", "The Northern Ledger").
PAPER_NAME_WORDS = {"courier", "chronicle", "gazette", "herald", "tribune", "times", "post", "journal", "ledger",
                    "observer", "guardian", "telegraph", "mirror", "star", "express", "mail", "standard", "record",
                    "echo", "inquirer", "independent", "sun", "argus", "examiner", "bulletin", "sentinel",
                    "advertiser", "press"}

FOOTER_SENTENCE_PATTERNS = [
    r"^(?:contact|email|e-mail|reach|write\s+to|message)\b.{0,120}(?:@|\bsignal\b|\bwhatsapp\b|\bsecurely\b"
    r"|\bin\s+confidence\b)",
    r"^(?:photo(?:grapher)?|picture|illustration|credit)\s*[/:]\s[^.!?]{2,80}$",
    r"^have\s+you\s+been\s+affected\b.{0,60}\?$",
    r"^(?:enjoying|seen\s+something|got\s+a\s+(?:story|tip))\b[^.!?]{0,60}\?$",
    r"^this\s+(?:is\s+a\s+developing\s+story|story\s+(?:was\s+first\s+published|has\s+not\s+been\s+edited))\b",
    r"^subscribe\b[^.!?]{0,80}\b(?:here|free|newsletter|support)\b",
    r"^a\s+post\s+shared\s+by\s",
    r"^(?:updated|written|reported)\s+by\s[^.!?]{2,60}$",
    r"^in\s+short\s*:$",
    r"^sign\s+up\s+(?:to|for|now)\b[^.!?]{0,80}\b(?:newsletter|alerts|briefing|bulletin|edition)\b",
    r"^get\s+(?:the|our|all\s+the)\s[^.!?]{0,80}\b(?:delivered|every\s+(?:morning|evening|day|week)|"
    r"in\s+your\s+inbox|straight\s+to\s+your)\b",
    r"^\((?-i:[A-Z])[^()/:]{2,40}(?:/|:\s)[^()]{2,50}\)$",  # "(Karim Haddad/The Daily Ledger)": a photo credit
    r"^share\s+(?:it|this)\s+with\s+(?:someone|a\s+friend|friends|others)\b",
    # page and newsletter furniture met in articles written after the rules were
    r"^please\s+(?:turn\s+on|enable)\s+javascript\b",
    r"^(?:have|got)\s+a\s+(?:news\s+)?(?:tip|story)\b[^.!]{0,40}\?$",
    r"^keep\s+up\s+with\b[^.!?]{0,80}\b(?:newsletter|wrap|briefing|bulletin|digest)\b",
    r"^did\s+you\s+find\s+this\s+(?:[\w-]+\s+)?(?:fact-check|article|story|piece|explainer)\s+useful\b",
    r"^share\s+(?:it|this)\s*:",
    r"^the\s+audio\s+version\s+of\s+this\s+(?:article|story)\b",
    r"\bjournalistic\s+standards\s+and\s+practices\b",
    r"^good\s+(?:morning|afternoon|evening)(?:\s*,\s*[\w'’. -]{1,40})?\s*[.!]?$",
    r"^here(?:'|’)?s\s+what\s+you\s+need\s+to\s+know\b[^.!?]{0,40}[.:!]?$",
    r"^forward\s+(?:it|this)\s+to\s+a\s+friend\b",
    r"^you\s+are\s+receiving\s+this\s+(?:email|newsletter|message)\b",
    r"^unsubscribe\b",
    r"^related\s+(?:topics?|stories|articles?|content|coverage)\s*:?$",
    r"^photo(?:graph)?s?\s+(?:from|by|courtesy\s+of)\s[^.!?]{2,60}$",
    r"^image\s+(?:courtesy|credit)\b[^.!?]{0,80}[.]?$",
    r"^for\s+feedback\b[^.!?]{0,80}\bcontact\s+us\b",
    r"^posted\s+by\s*:",
    r"^this\s+(?:article|story|report)\s+was\s+(?:compiled|adapted|produced|prepared)\s+(?:from|with|using)\b",
    r"^subscribe\s+to\s[^.!?]{0,60}\bto\s+get\s+access\b",
    # a broadcast or podcast transcript's furniture and pleasantries
    r"^(?:[\w'’.-]+(?:\s+[\w'’.-]+){0,2},\s+)?(?:thank\s+you|thanks)(?:\s+(?:very|so)\s+much)?(?:\s+for\s+"
    r"(?:having|joining|talking\s+to|coming\s+on|being\s+with)\s+(?:me|us)(?:\s+\w+)?)?(?:\s*,\s*[\w'’. -]{1,40})?"
    r"\s*[.!]?$",
    r"^(?:this\s+)?transcripts?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}"
    r"(?:produced|generated|created|prepared|edited|made)\b[^.!?]{0,100}\b(?:errors?|mistakes?|audio|software|"
    r"clarity|length)\b",
    r"^(?:this\s+is\s+an?\s+)?(?:lightly\s+)?edited\s+(?:transcript|excerpt|version)\b[^.!?]{0,120}[.]?$",
    r"^some\s+(?:answers|questions|responses|remarks|quotes)\s+have\s+been\s+(?:lightly\s+)?(?:edited|condensed)\b",
    r"^from\s+[^.!?]{2,60},\s+this\s+is\s+[^.!?]{2,60}[.!]?$",
    r"^(?:and\s+)?i(?:'|’)?m\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}[.!]?$",
    r"^(?:hello\s+and\s+)?welcome\s+(?:back\s+)?to\s+[^.!?]{2,60}(?:,\s+i(?:'|’)?m\s+[^.!?]{2,40})?[.!]?$",
    r"^that(?:'|’)?s\s+(?:all|it)\s+(?:from\s+(?:us|me)|for\s+(?:today|tonight|this\s+week|now|this\s+episode))\b",
    r"^(?:[\w'’&-]+\s+){0,5}(?:is|was)\s+(?:produced|presented|hosted)\s+by\s+(?-i:[A-Z])[^.!?]{2,80}[.]?$",
    r"\bwherever\s+you\s+get\s+your\s+podcasts\b",
    r"^listen\s+(?:to|and|on|now)\b[^.!?]{0,80}\b(?:podcast|episode|apple|spotify)\b",
    r"^follow\s+(?:our|the)\s+(?:live\s+)?(?:updates|coverage|blog)\b[^.!?]{0,40}[.!]?$",
    r"^this\s+(?:article|story|piece|feature|essay)\s+(?:appears|appeared|was\s+published)\s+in\s+the\s+[^.!?]{2,60}"
    r"\b(?:issue|edition)\b",
    r"^subscribe\b[^.!?]{0,80}\b(?:delivered|print\s+edition)\b",
    r"^this\s+(?:article|story|explainer|page|piece|live\s+blog|blog|report)\s+(?:will\s+be|is\s+being)\s+updated\b",
    # (a header line naming who is on, "Guest: Tomasz Wielgus (TW), director general", not a turn: "GUEST: It reopened")
    r"^(?:guests?|presenters?|hosts?|producers?|interviewer|panel|panellists|panelists|contributors)\s*:\s+"
    r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)+\s*(?:\([A-Z]{1,4}\)|[,;·|]|$)",
    r"^(?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3})(?:\s*,\s*[^:\n]{2,60})?(?:\s*\([^)]{2,40}\))?\s*:$",
    r"^this\s+is\s+a\s+(?:rush|draft|partial|computer-generated|machine-generated|automated)\s+transcript\b",
    r"^transcripts?\s+(?:prepared|produced|provided|compiled)\s+by\b[^.!?]{2,60}[.]?$",
    r"^references?\s*:\s",
    r"^(?:(?:[\w'’.-]+\s+){0,2}[\w'’.-]+,\s+)?good\s+(?:morning|afternoon|evening)\s*[.!]?$",
    r"^(?:[\w'’., -]{2,80},\s+)?(?:thank\s+you|thanks)(?:\s+(?:both|all|again|for\s+(?:being\s+(?:here|with\s+us)|"
    r"your\s+time|coming\s+in)))+\s*[.!]?$",
    r"^(?:cheers|bye|goodbye|see\s+you)(?:\s*,\s*[\w'’. -]{1,40})?\s*[.!]?$",
    r"^\(?(?:translated|adapted)\s+from\s+(?:the\s+)?[\w-]+\.?\)?$",
]
# Live blogs' sign-offs and signposts, also as a sentence inside a paragraph:
# "That's where we'll end our live coverage for today.", "We're pausing our updates here.",
# "Here is a summary of what we know:", "Here's a recap of the day's main events:".
LIVE_SIGNPOST_PATTERNS = [
    r"^(?:that's|that\s+is|this\s+is)\s+(?:where|when)\s+we(?:'ll|\s+will|'re|\s+are)?\s+(?:going\s+to\s+)?(?:end|leave|close|pause|wrap)",
    r"^we(?:'ll|\s+will|'re|\s+are)\s+(?:going\s+to\s+)?(?:end|ending|close|closing|pause|pausing|wrap|wrapping)"
    r"\s+(?:up\s+)?(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|updates|live)",
    r"^(?:here(?:'s|\s+is|\s+are)|below\s+(?:is|are))\s+(?:a\s+|the\s+)?(?:quick\s+|brief\s+)?"
    r"(?:summary|recap|round-?up|key\s+points|latest|what\s+we\s+know)\b[^.!?]{0,60}[:.]?$",
    r"^(?:thanks|thank\s+you)\s+(?:all\s+|very\s+much\s+)?for\s+(?:reading|following|joining)",
    r"^we(?:'ll|\s+will)\s+(?:bring|keep)\s+you\s+(?:more\s+)?(?:updates|posted|the\s+latest)",
]


# The epithets wire copy uses for well-known bodies after naming them once ("The WHO said ... the UN health agency
# added"). Each maps to the names the body goes by; the article's own spelling of one of them is used.
# Source: AP and Reuters house usage for UN agencies and a few other international bodies.
BODY_EPITHETS = {
    "un health agency": ("World Health Organization", "World Health Organisation", "WHO"),
    "u.n. health agency": ("World Health Organization", "WHO"),
    "global health body": ("World Health Organization", "World Health Organisation", "WHO"),
    "un refugee agency": ("UN High Commissioner for Refugees", "UNHCR"),
    "u.n. refugee agency": ("UNHCR",),
    "un children's agency": ("UNICEF", "United Nations Children's Fund"),
    "un children's fund": ("UNICEF",),
    "u.n. children's agency": ("UNICEF",),
    "un food agency": ("World Food Programme", "World Food Program", "WFP", "Food and Agriculture Organization", "FAO"),
    "un food aid agency": ("World Food Programme", "World Food Program", "WFP"),
    "un food programme": ("World Food Programme", "WFP"),
    "un nuclear watchdog": ("International Atomic Energy Agency", "IAEA"),
    "u.n. nuclear watchdog": ("International Atomic Energy Agency", "IAEA"),
    "un humanitarian office": ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
    "un humanitarian agency": ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
    "un aid coordination office": ("Office for the Coordination of Humanitarian Affairs", "OCHA"),
    "un migration agency": ("International Organization for Migration", "IOM"),
    "u.n. migration agency": ("International Organization for Migration", "IOM"),
    "un agency for palestinian refugees": ("UNRWA",),
    "un human rights office": ("Office of the High Commissioner for Human Rights", "OHCHR"),
    "un rights office": ("Office of the High Commissioner for Human Rights", "OHCHR"),
    "un weather agency": ("World Meteorological Organization", "WMO"),
    "un labour agency": ("International Labour Organization", "ILO"),
    "un development agency": ("UN Development Programme", "UNDP"),
    "un cultural agency": ("UNESCO",),
    "un drugs agency": ("UN Office on Drugs and Crime", "UNODC"),
    "global lender": ("International Monetary Fund", "IMF", "World Bank"),
    "medical charity": ("Doctors Without Borders", "Médecins Sans Frontières", "MSF"),
    "war monitor": ("Syrian Observatory for Human Rights",),
    "britain-based war monitor": ("Syrian Observatory for Human Rights",),
}
