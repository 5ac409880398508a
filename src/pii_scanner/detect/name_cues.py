"""Structural cues that a capitalised run is a person: greetings, sign-offs, headers, chat.

Each cue looks only at the run's own line and the few lines above it, so the cost per
run is bounded. :func:`cues` returns the names of the cues that fire (for explanations).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from pii_scanner.detect import gazetteers
from pii_scanner.detect.chat_roles import named_speaker
from pii_scanner.detect.common_words import UNIT_SUFFIXES, common_words
from pii_scanner.detect.context import column_header
from pii_scanner.detect.recognizers.boundaries import KeyForms, field_key, words_of_key
from pii_scanner.detect.regex_timeout import scan_timeout

GREETINGS = ("hei", "hi", "hello", "dear", "hej", "hejsan", "hallo", "god morgen", "god dag",
             "god ettermiddag", "kjære", "käre", "hey", "morn", "heisann", "hei igjen", "hej igen",
             "tjena", "moi", "hei hei", "godmorgen", "kære", "hej hej", "halløj", "goddag",
             # Finnish, Icelandic, Northern Sámi
             "hyvä", "arvoisa", "moikka", "morjens", "moro", "terve", "heippa", "hyvää päivää",
             "hyvää huomenta", "sæll", "sæl", "kæri", "kæra", "buorre beaivi")
SIGNOFFS = ("hilsen", "mvh", "m.v.h", "m.v.h.", "vh", "med vennlig hilsen", "vennlig hilsen",
            "vennleg helsing", "venleg helsing", "helsing", "beste hilsen", "hilsen fra",
            # nynorsk with its 'med' (round 30: 'Med venleg helsing\nDag')
            "med venleg helsing", "med vennleg helsing", "beste helsing", "helsing frå",
            "regards", "best regards", "kind regards", "best", "thanks", "thank you", "cheers",
            "many thanks", "sincerely", "yours sincerely", "vänligen", "hälsningar",
            "med vänliga hälsningar", "vänliga hälsningar", "mvh.", "takk", "tack",
            "med venlig hilsen", "venlig hilsen", "hilsner", "takk for hjelpen", "tusen takk",
            "ha en fin dag", "med vänlig hälsning", "vänlig hälsning", "hälsning",
            # Finnish
            "terveisin", "ystävällisin terveisin", "parhain terveisin", "kiitos", "kiittäen",
            "ystävällisesti", "terv", "terv.", "yst. terv.",
            # Icelandic, Danish/Swedish short forms
            "kveðja", "bestu kveðjur", "kær kveðja", "mange hilsner", "bästa hälsningar",
            "venliga hälsningar", "allt gott",
            # Northern Sámi
            "giitu", "ollu giitu", "dearvvuođat", "buriin dearvvuođaiguin")
LABELS = ("navn", "namn", "name", "full name", "fullt navn", "nimi", "etunimi", "sukunimi", "fra", "frå", "från", "from", "til", "till",
          "lähettäjä", "vastaanottaja",
          "to", "cc", "kopi", "bcc", "kontaktperson", "kontakt", "contact", "contact person",
          "on call", "vakt", "vakthavende", "leietaker", "leigetakar", "hyresgäst", "kunde",
          "customer", "ansatt", "employee", "sendt av", "sent by", "signert av", "attn", "att",
          "v/", "saksbehandler", "sakshandsamar", "handläggare", "ansvarlig", "responsible", "owner", "eier",
          "reported by", "meldt av", "opprettet av", "created by", "assigned to", "tildelt",
          "requester", "innsender", "avsender", "sender", "mottaker", "recipient", "brukernavn",
          "user", "navn på leietaker", "pasient", "patient", "elev", "student", "foresatt",
          "verge", "guardian", "arving", "kontaktperson på stedet", "fornavn", "etternavn",
          "mellomnavn", "fornamn", "etternamn", "förnamn", "efternamn", "mellannamn",
          "efternavn", "first name", "last name", "surname", "given name", "family name",
          "middle name", "forename",
          # a report's or a work order's person ('Inspector: Dean Patel', 'Montør: Ola Berg')
          "inspector", "inspektør", "inspektör", "montør", "montör", "technician", "tekniker",
          "sjåfør", "handled by", "utført av", "utfört av",
          # a card's holder ('Cardholder: KARI NORDMANN')
          "cardholder", "card holder", "name on card", "kortholder", "kortinnehaver",
          "kortinnehavare", "navn på kortet", "namn på kortet")
#: Relatives and partners named before their name, as tickets about other people write them
#: ('samboeren min Lise', 'min far Per', 'my wife Anna', 'Isäni Pentti', 'sønnen vår erik'):
#: a noun of kinship that is no other word, or a possessive with it where the bare noun is
#: one ('far', 'mor', 'man', 'mand' only as 'min far', 'faren min', 'min man'); Finnish
#: writes 'my'/'our' as the suffix '-ni'/'-mme'. Role cues, and before a lower-case name
#: (:mod:`.recognizers.nlp.lower_case_names`)
RELATIONS = (
    # Norwegian (bokmål, nynorsk): the noun alone, the definite form with its possessive after
    "sønn", "datter", "son", "dotter", "samboer", "samboeren", "sambuar", "sambuaren", "ektefelle", "ektefellen", "kjæreste",
    "kjæresten", "forlovede", "sønnen", "sonen", "datteren", "dattera", "dottera", "søster",
    "søsteren", "søstera", "syster", "systera", "bror", "broren", "bestemor", "bestefar",
    "farmor", "farfar", "mormor", "morfar", "svigermor", "svigerfar", "svigerinne", "svoger",
    "stefar", "stemor", "steson", "stedatter", "onkel", "tante", "fetter", "kusine", "nevø",
    "niese", "barnebarn", "oldemor", "avdøde", "min far", "far min", "faren min", "min mor",
    "mor mi", "mora mi", "moren min", "min pappa", "pappa min", "min mamma", "mamma mi",
    "gutten min", "gutten vår", "guten min", "guten vår", "jenta mi", "jenta vår",
    "kona mi", "mannen min", "min kone", "min mann", "eksen min", "min eks",
    "eksmannen min", "ekskona mi", "min eksmann", "min ekskone",
    # Swedish
    "sambo", "sambon", "min maka", "min make", "min man", "min fru", "hustru", "dottern", "sonen",
    "brodern", "systern", "farbror", "morbror", "min faster", "moster",
    "svärmor", "svärfar", "min pojkvän", "min flickvän", "den avlidne", "avlidne",
    # Danish
    "søn", "sønnen", "min mand", "manden", "konen", "samlever", "kæreste", "kæresten",
    "svigermor", "afdøde", "min søn", "min datter", "min bror", "min søster",
    # English
    "my wife", "my husband", "my son", "my daughter", "my father", "my mother", "my dad",
    "my mum", "my mom", "my brother", "my sister", "my partner", "my fiancée", "my fiancé",
    "my spouse", "my grandmother", "my grandfather", "my grandson", "my granddaughter",
    "my aunt", "my uncle", "my nephew", "my niece", "my cousin", "my mother-in-law",
    "my father-in-law", "my stepson", "my stepdaughter", "our son", "our daughter",
    "the late",
    # Finnish ('-ni' my, '-mme' our)
    "isäni", "äitini", "poikani", "tyttäreni", "poikamme", "tyttäremme", "vaimoni",
    "mieheni", "puolisoni", "avopuolisoni", "avomieheni", "avovaimoni", "veljeni", "siskoni",
    "sisareni", "lapseni", "lapsemme", "isoäitini", "isoisäni", "mummoni", "vaarini",
    "isäpuoleni", "äitipuoleni", "anoppini", "appeni", "setäni", "enoni", "tätini",
    "serkkuni", "edesmennyt")
ROLES = ("vaktmester", "vaktmesteren", "kollega", "kollegaen", "kollegan", "kollegene",
         "leietaker", "leietakeren", "hyresgästen", "kunden", "kunde", "saksbehandler",
         "rørlegger", "elektriker", "sjef", "sjefen", "leder", "lederen", "naboen", "nabo",
         "min mann", "min kone", "mannen min", "kona mi", "sønnen min", "dattera mi", "dotter",
         "son", "datter", "sønn", "fru", "herr", "hr.", "fr.", "mr", "mr.", "mrs", "mrs.", "ms",
         "miss", "frk", "frk.", "frøken", "fröken", "prof.",
         "ms.", "dr", "dr.", "colleague", "manager", "tenant", "landlord", "caretaker", "janitor",
         "technician", "tekniker", "konsulent", "rådgiver", "kontaktperson", "kontakt", "advokat",
         "lawyer", "snakket med", "talked to", "spoke to", "pratet med", "spør", "ask", "ring",
         "call", "beboer", "beboeren", "bebuar", "bebuaren", "boende", "resident", "occupant",
         "leietakar", "leigetakaren", "utleier", "utleigar", "huseier", "eier", "eieren", "lejer",
         "lejeren", "udlejer", "hyresvärd", "vicevært", "fastighetsskötare", "homeowner",
         "vuokralainen", "vuokralaisen", "asukas", "asiakas", "isännöitsijä", "naapuri",
         # 'c/o Hansen': the person an address reaches another through (a firm after it is
         # still a firm: 'c/o Advokatfirma Berg AS')
         "c/o",
         # a card's holder without a colon ('name on card KARI NORDMANN')
         "cardholder", "name on card", "kortholder", "kortinnehaver", "kortinnehavare",
         # offices and titles before a name ('daglig leder Kari Hansen', 'direktør Dahl',
         # 'ordfører Ola Berg', 'statsminister Per Borten', 'president Obama')
         "daglig leder", "direktør", "direktøren", "administrerende direktør", "styreleder",
         "styreleiar", "dagleg leiar", "ordfører", "ordføraren", "ordføreren", "rektor",
         "professor", "statsminister", "minister", "ministeren", "president", "presidenten",
         "ambassadør", "direktör", "verkställande direktör", "vd", "ordförande",
         "borgmästare", "borgmester", "formand",
         "director", "chairman", "mayor", "ceo", "cfo", "cto", "coo",
         # Round 28B: a neighbour, a case handler, a person to call or one named by 'heter'
         # in running prose ('Naboen min, Per Olsen, har ...', 'Sakshandsamar Dahl lova ...',
         # 'Handläggaren Lindkvist', 'Kan dere ringe Per på ...', 'Han heter Tanses Akça')
         "naboen min", "nabo min", "naboen vår", "min nabo", "min granne", "grannen", "grannen min",
         "granne", "my neighbour", "my neighbor", "our neighbour", "our neighbor", "neighbour",
         "neighbor", "sakshandsamar", "sakshandsamaren", "handläggare", "handläggaren",
         "saksbehandleren", "ringe", "ringa", "ringje",
         "han heter", "hun heter", "ho heiter", "han heiter", "hon heter", "som heter",
         "som heiter", "his name is", "her name is",
         # Round 30A: a helpdesk's agent named by the role a chat widget or a ticket gives
         # them ('Veileder Sine: ...', 'Kundebehandler Jonas her', 'Rådgivare Dag:'), by the
         # chat system's line that hands the customer over ('Du chatter nå med Sine', 'Du är
         # nu kopplad till Maja', 'You are now chatting with Tom'), and a verb of contacting
         # before the person to reach ('Contact Teresa on ...', 'Kontakta Dag på ...')
         "veileder", "veilederen", "kundeveileder", "kundeveilederen", "kundebehandler",
         "kundebehandleren", "kundebehandlar", "kundebehandlaren", "rettleiar", "rettleiaren",
         "kunderådgiver", "rådgivare", "rådgivaren", "kundrådgivare", "kundtjänstmedarbetare",
         "kundeservicemedarbeider", "du chatter nå med", "du chatter med", "du chattar no med",
         "du chattar med", "du chattar nu med", "du er nå koblet til", "du er koblet til",
         "du er no kopla til", "du är nu kopplad till", "du är kopplad till",
         "you are now chatting with", "you're now chatting with", "you are chatting with",
         "you are now connected to", "you're now connected to", "contact", "kontakte",
         "kontakta", "reach", "text",
         # Round 30E: the same with its 'med' ('Ta kontakt med Sine på 9...', Swedish 'Ta
         # kontakt med Dag på ...') and a text message's receiver ('Send en sms til Else på')
         "kontakt med", "kontakte med", "kontakta med", "sms til", "sms till") + RELATIONS
#: Forms of address: the capitalised word after one is a name ('Ms. Johnson', 'fru Aune'),
#: a surname more often than not; the short ones with a dot only ('hr.', not HR the team).
HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "fru", "frk", "herr", "frøken",
                        "fröken"))
_DOTTED_HONORIFICS = frozenset(("hr", "fr", "prof"))
#: Self-introductions: the words after them are the writer's own name.
INTRODUCTIONS = ("jeg heter", "eg heiter", "jag heter", "jeg hedder", "mitt navn er",
                 "navnet mitt er", "mitt namn er", "namnet mitt er", "mitt namn är", "mit navn er",
                 "my name is", "my full name is", "mitt fulle navn er")
#: Chat presentations ('hei, dette er kari nordmann'): only for lower-case full names from the
#: lists (PERSON), never a cue of their own ('Dette er Telenor sin feil').
PRESENTATIONS = ("dette er", "det er", "her er", "this is", "detta är", "det är", "det här är", "här är",
                 "det her er", "tässä on", "täällä", "it's", "it is")
#: Greetings that open a chat line before a presentation ('hej, det er bjarne', 'moi, täällä
#: kerttu'): a lone listed first name after both is the writer's
CHAT_GREETINGS = ("hei", "hej", "hi", "hello", "hey", "hallo", "halløj", "hejsan", "heisann",
                  "moi", "moikka", "terve", "heippa", "morn", "tjena")
LINKS = ("med", "og", "and", "och", "eller", "or", "ved", "hos", "from", "fra", "till", "til",
         "to", "skrev", "wrote", "sa", "said", "mener", "thinks", "via")


#: Sign-offs that count only opening their line: Finnish 'T. Sanna' (terveisin), not '2 t.'
LINE_SIGNOFFS = ("t.",)
#: A run that is itself a greeting or sign-off ('Cheers,', 'Ystävällisesti') is no name; each
#: also as the name look-ups fold it ('kveðja' as 'kvedja': runs are compared by their keys)
CUE_PHRASES = frozenset(form for phrase in GREETINGS + SIGNOFFS + LINE_SIGNOFFS
                        for form in (phrase, gazetteers.fold(phrase)))


def _alternatives(phrases: tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


# a greeting ended by '!' is a sentence of its own: the next capital starts a sentence
# ('Hei! Lurer på ...', 'Hi! Quick question'), not a name ('Hei Kari!', 'Hei, Kari')
_GREETING = regex.compile(r"(?:^|[\s>])" + _alternatives(GREETINGS) + r"[\s,]*$")
_SIGNOFF_INLINE = regex.compile(r"(?:^|[\s>])" + _alternatives(SIGNOFFS) + r"[\s,.!]*$|^[\s>]*"
                                 + _alternatives(LINE_SIGNOFFS) + r"[ ]*$")
_SIGNOFF_LINE = regex.compile(r"^[\s>]*" + _alternatives(SIGNOFFS) + r"[\s,.!]*$")
#: (a label may mark its plural in parentheses: 'First name(s):', 'Fornavn(e):'; round 29A)
_LABEL = regex.compile(r"(?:^|[\s>(])" + _alternatives(LABELS) + r"(?:\(\p{Ll}{1,3}\))?\s*:\s*$")
#: A form's label cell, the line's first, without a colon or with a required field's '*'
#: ('Etternavn *<TAB>Rasmussen', 'Efternamn<TAB>Lindholm'): web forms and screenshots of them
#: put the label left of its input box, and OCR reads the gap between them as a tab
#: (only the labels of a name's own fields: 'Kunde<TAB>Aktiv' or 'Til<TAB>Oslo' is a table row)
NAME_FIELD_LABELS = ("navn", "namn", "name", "full name", "fullt navn", "nimi", "etunimi", "sukunimi",
                     "fornavn", "etternavn", "mellomnavn", "fornamn", "etternamn", "förnamn", "efternamn",
                     "mellannamn", "efternavn", "first name", "last name", "surname", "given name",
                     "given names", "family name", "middle name")
_LABEL_CELL = regex.compile(r"^[ \t>]*" + _alternatives(NAME_FIELD_LABELS) + r"(?:[ ]?\*)?[ ]*\t[ \t]*$")
#: A structured field whose key names a person's name: JSON/YAML ('"lastName": "'), XML
#: ('<navn>'), a query string ('?customer_name='). Keys of other things' names are not.
_NAME_KEY = regex.compile(r"(?:[\"']?(?P<key>[\w\-]*(?:name|navn|namn)[\w\-]*)[\"']?\s*[:=]\s*[\"']?"
                          r"|<(?P<tag>[\w\-]*(?:name|navn|namn)[\w\-]*)>)$")
_NOT_PERSON_KEYS = ("file", "host", "user", "bruker", "company", "firma", "bedrift", "org",
                    "product", "produkt", "device", "app", "domain", "server", "bucket", "table",
                    "column", "field", "tag", "class", "type", "event", "service", "project",
                    "prosjekt", "street", "gate", "city", "by", "place", "sted", "country", "land",
                    "brand", "item", "vare", "plan", "package", "queue", "group", "gruppe", "team",
                    "role", "rolle", "db", "schema", "key", "path", "sheet", "image", "bilde")
#: A field's key before a quoted value (JSON, YAML, attributes) or an XML element's tag
_FIELD_KEY_FORMS = KeyForms(yaml=True, xml=True)
#: Person labels that may be a field's key (not 'user': a user field holds a login)
_LABEL_KEYS = frozenset(LABELS) - frozenset(_NOT_PERSON_KEYS)
_LINK = regex.compile(r"(?:^|\s)" + _alternatives(LINKS) + r"\s*$")
_INTRODUCTION = regex.compile(r"(?:^|[\s>(,])" + _alternatives(INTRODUCTIONS) + r"[\s:]*$")


#: Every character ``str.isspace`` holds (all in the Basic Multilingual Plane, the last
#: U+3000), and the punctuation the cue phrases allow after them
_SPACE_OR_CUE_END = "".join(c for c in map(chr, range(0x10000)) if c.isspace()) + ",.!:>"


#: a label's plural marked in parentheses at its end ('name(s)', 'fornavn(e)', 'förnamn(en)')
_PLURAL_MARK = regex.compile(r"\(\p{Ll}{1,3}\)$")


def _last_word(before: str) -> str:
    """The last word of ``before`` as the cue phrases end: no trailing ``,.!:``, no ``>``/``(``."""
    tail = before.rstrip(_SPACE_OR_CUE_END)  # any Unicode space mixed with that punctuation
    if not tail:
        return ""  # (a line's first word)
    if tail[-1] == ")" and ":" in before:
        tail = _PLURAL_MARK.sub("", tail)  # 'first name(s):', 'fornavn(e):' (round 29A)
    return tail.rsplit(None, 1)[-1].rsplit(">", 1)[-1].rsplit("(", 1)[-1].rstrip(".")


#: The last word of every greeting, sign-off, label, role and linking phrase: a run whose
#: preceding word is not one of these skips those five patterns (most runs).
_CUE_LAST_WORDS = frozenset(_last_word(p) for p in GREETINGS + SIGNOFFS + LABELS + ROLES + LINKS
                            + INTRODUCTIONS + LINE_SIGNOFFS)
_ROLE_LAST_WORDS = frozenset(_last_word(p) for p in ROLES)
#: each role phrase under its last word: a run's line is tested against the few that end in
#: the word before the run, by ``str.endswith``, not a search of all of them at every position
_ROLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _phrase in ROLES:
    _ROLES_BY_LAST[_last_word(_phrase)] = _ROLES_BY_LAST.get(_last_word(_phrase), ()) + (_phrase,)


def _role_before(before: str, last: str) -> bool:
    """Whether ``before`` (lower case) ends in a role phrase whose last word is ``last``,
    after whitespace or at its start (no search of every role phrase at every position); a
    comma may close it before a name in apposition ('naboen min, Per Olsen, har ...')."""
    tail = before.rstrip()
    if tail.endswith(","):
        tail = tail[:-1]
    for phrase in _ROLES_BY_LAST.get(last, ()):
        if tail.endswith(phrase) and (len(tail) == len(phrase) or tail[-len(phrase) - 1].isspace()):
            return True
    return False
#: ... and of each pattern's own phrases: a run after 'med' or 'til' tries the link or label
#: pattern only, not all six (each search tries every position of the line before the run)
_GREETING_LAST_WORDS = frozenset(_last_word(p) for p in GREETINGS)
_SIGNOFF_LAST_WORDS = frozenset(_last_word(p) for p in SIGNOFFS + LINE_SIGNOFFS)
_LABEL_LAST_WORDS = frozenset(_last_word(p) for p in LABELS)
_LABEL_WORDS = frozenset(LABELS)
_INTRODUCTION_LAST_WORDS = frozenset(_last_word(p) for p in INTRODUCTIONS)
_LINK_LAST_WORDS = frozenset(_last_word(p) for p in LINKS)
#: A line holding only a label ("Etternavn", "Name:"): forms and profile screenshots put the
#: value on the line below.
_LABEL_LINE = regex.compile(r"^[\s>]*" + _alternatives(LABELS) + r"\s*:?\s*$")
#: ... and a passport's in two languages ('Fornavn/Given names'), tried only on a line with a
#: slash: one pattern for both, with the second alternation optional, backtracked so long on
#: some lines that the analyses of 10 KB tickets took 11 % more instructions
_TWO_LANGUAGE_LABEL_LINE = regex.compile(r"^[\s>]*" + _alternatives(LABELS) + r"[ \t]*/[ \t]*"
                                         + _alternatives(LABELS) + r"s?\s*:?\s*$")
_CHAT = regex.compile(r"(?:^|\n)\s*\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?\s*$")
#: a chat line's bracketed channel tag before its speaker ('[chat] Kari:', '[Kunde] Ola:')
_CHAT_TAG = regex.compile(r"^[ \t>]*\[\p{L}{2,12}\][ \t]*$")
#: a chat line's time after the speaker who opens it ('Kari 10:32: hei', 'Kari [10:32]:')
_TIME_AFTER_SPEAKER = regex.compile(r"[ ]\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ ]?:")
#: a chat app's message header: the speaker and the time close the line, the message is under
#: it ('Kari Nordmann 14:03', 'Ola  10:32 AM'), in a transcript of two such lines or more
_TIME_CLOSING_SPEAKER = regex.compile(r"[ ]{1,4}\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:[ ]?[AaPp][Mm])?[ \t]*$")
_HEADER_LINE = regex.compile(r"(?m)^[ \t]*\p{Lu}[\p{L}.'\- ]{1,40}[ ]\[?\d{1,2}:\d{2}(?::\d{2})?\]?"
                             r"(?:[ ]?[AaPp][Mm])?[ \t]*$")
_BULLET = regex.compile(r"^[\s>]*(?:[-*•·–]|\d{1,3}[.)])?\s*$")
#: a self-introduction after the name, opening its clause: 'Brooke here', 'Kari from
#: Finance here', 'Ola fra IT her', 'Anna från kundtjänst här'; round 30A: the unit after
#: 'i'/'på'/'in'/'at' ('Maja i kundeservice her', 'Sine på kundtjänst här'), a department's
#: word only (:data:`common_words.UNIT_SUFFIXES`; not 'Sol i dag her')
_INTRODUCED_AFTER = regex.compile(
    r"[ ](?:(?:from|fra|från)[ ](?:the[ ])?[\p{L}&\-]+(?:[ ][\p{L}&\-]+){0,2}[ ]"
    r"|(?:i|på|in|at)[ ](?:the[ ])?(?P<unit>IT|HR|\p{Ll}[\p{Ll}\-]+(?:[ ]service)?)[ ])?"
    r"(?:here|her|här)(?=[ \t]*(?:[.,!;:\-]|$))")
# (an acronym in parentheses is an organisation's short name: 'Nord-Trøndelag (HUNT), ...')
_AFTER_HEADER = regex.compile(r"^\s*(?:\"?\s*<[^>\n]{1,80}@|\[mailto:|"
                              r"\((?!\s*\p{Lu}{2,8}\s*\)|\p{Ll}{1,3}\)\s*:)\s*\w[^)\n]{0,40}\)\s*[:,(]|"
                              # a quoted reply's header line ('Kari Nordmann skrev:', 'Ola
                              # wrote on 12 Mar 2024, 10:15:'), never prose ('Han sa at ...')
                              r"\s*(?:skrev|wrote|skreiv|said|sa)(?:[ \t]*:|\b[^\n]{0,60}:[ \t]*$)|"
                              # 'Nordmann, Kari <kari@...>': Outlook's "Last, First" display name
                              r",\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\"?\s*<[^>\n]{1,80}@)")
_AFTER_CHAT = regex.compile(r"^\s*(?:\([^)\n]{1,30}\))?\s*:")
_AFTER_LIST = regex.compile(r"^\s*(?:[,(\t]|$|\s[-–]\s)")
#: a mail header's address field up to a recipient's name: its label and the recipients
#: before it ('Fra: ', 'To: Kari <kari@...>; ', '> Kopi: Berg, Ola; ')
_ADDRESS_FIELD = regex.compile(
    r"[ \t>*]*(?i:fra|frå|från|from|til|till|to|cc|bcc|kopi|kopia|kopie|lähettäjä|vastaanottaja"
    r"|kopio)[ \t]*:[ \t]*(?:[^;\n]{1,120};[ \t]*){0,20}")
#: after 'Takk!' a new sentence, not a signature: one capitalised word, then small words
#: ('Takk! Sender avtalen til ...', 'Tack! Skickar avtalet ...'; round 31A: after 'Thanks.'
#: too, and English 'I' as a small word: 'Thanks. Can I have your number?'); a name signs
#: off alone or before its surname, title or number ('Takk! Kari', 'Takk! Kari Nordmann')
_SENTENCE_AFTER_THANKS = regex.compile(r"[ ](?:\p{Ll}{2,}|I)[ ]\p{Ll}")
#: How much of a run's line before it the cues read (the longest cue phrase is ~25 chars).
BEFORE_CHARS = 80


def _sentence_after_thanks(before: str, run: str, after: str) -> bool:
    """Whether a one-word run after 'Takk!' opens a sentence (:data:`_SENTENCE_AFTER_THANKS`)."""
    return before.rstrip(" \t").endswith(("!", ".")) and " " not in run \
        and bool(_SENTENCE_AFTER_THANKS.match(after))


def cues(text: str, start: int, end: int) -> tuple[str, ...]:
    """Names of the structural cues around the run ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = _tail(text, line_start, start)
    after = text[end:line_end]
    found = []
    last = _last_word(before)
    worded = last in _CUE_LAST_WORDS
    if worded and last in _GREETING_LAST_WORDS and _GREETING.search(before):
        found.append("greeting")
    if worded and last in _SIGNOFF_LAST_WORDS and _SIGNOFF_INLINE.search(before) \
            and not _sentence_after_thanks(before, text[start:end], after):
        found.append("sign-off")
    if worded and last in _LABEL_LAST_WORDS and _LABEL.search(before):
        found.append("label")
    elif before[-1:] in "\"'>=:" and (before and _name_key(before) or _label_key(text, start)):
        found.append("label")
    elif before[-1:] == "\t" and not after.strip(" \t") and _LABEL_CELL.match(before) \
            and text[start:end].lower() not in _LABEL_WORDS:
        # 'Etternavn *<TAB>Rasmussen': the value closes its line ('Fornavn<TAB>Etternavn' is
        # a header row over the values)
        found.append("label")
    if "label" not in found and before.rstrip(" \t").endswith(";") and address_field(text, start):
        found.append("label")  # 'Til: Hansen, Ola; Bradshaw, Diane': the next recipient
    if worded and last in _INTRODUCTION_LAST_WORDS and _INTRODUCTION.search(before):
        found.append("introduction")
    elif last in _PRESENTATION_LAST_WORDS and _presented(text[start:end], before, after):
        found.append("introduction")  # round 30D: 'Hei, det er Dag.', 'Dette er Else som skriver'
    elif before.rstrip(" \t")[-1:] in ",.!\n>" or not before.strip(" \t>"):
        if _introduced_after(after):  # 'Hi team, Brooke from Finance here.'
            found.append("introduction")
        elif after[:1] == " " and affiliated_after(after, 0) and _listed_first(text[start:end]):
            # round 30A: 'Maja i kundeservice har sett på saken', 'Sine på kundtjänst svarar':
            # a first name opening its clause before the department its bearer works in
            found.append("department after")
    if before.endswith("@") and (len(before) == 1 or not before[-2].strip()):
        found.append("mention")  # '@Kari Nordmann' in an internal note
    if start - line_start <= 24 and _chat_time(text[max(0, line_start - 1):start]):
        if _AFTER_CHAT.match(after) and text[start:end].lower() not in _CHAT_ROLE_WORDS:
            found.append("chat")  # (not '[17:30] Client: thanks')
    elif _chat_speaker(text, start, end, before, after):
        found.append("chat")  # '[chat] Kari: hei', 'Kari 10:32: hei'
    elif named_speaker(before, after) and _listed_first(text[start:end]):
        found.append("chat")  # round 31A: '[10:02] Agent Katie: Hi!', 'Kunde (Søs): hej'
    if after[:4].lstrip()[:1] in _HEADER_OPENINGS and _AFTER_HEADER.match(after) \
            and not _pronoun(text[start:end]):
        found.append("header")  # ('' too: a longer run of spaces, or the line's end)
    bounded = start - line_start <= BEFORE_CHARS
    alone = bounded and not before.strip(" \t>") and (
        not after.strip(" \t,.") or _post_nominals(after))  # ('Sian Murphy MRICS')
    if alone and (_signature_above(text, line_start)
                  or text[start:end].lower() in gazetteers.common_first_names()
                  and _closes_message(text, line_start, line_end)):
        found.append("signature")
    if bounded and before[-1:] in _SLASH_SIGNS and (not after.strip(" \t,.") or _post_nominals(after)) \
            and _slash_signed(before, text[start:end]):
        found.append("sign-off")  # 'Tack för hjälpen!\n/Hans', '- Kari' closing a message
    if alone and "label" not in found and _label_above(text, line_start):
        found.append("label")
    if worded and last in _ROLE_LAST_WORDS and _role_before(before, last) and "label" not in found:
        found.append("role")
        if _honorific(before):
            found.append("honorific")
    elif worded and last in _LINK_LAST_WORDS and _LINK.search(before):
        found.append("link")
    if bounded and _list_row_after(after) and _BULLET.match(before) \
            and not menu_item(text, line_start, line_end, start, end) \
            and not item_column(text, start):
        found.append("list")
    if "header" not in found and after[1:2] in _SPEECH_INITIALS and after[:1] == " " \
            and _SPEECH_AFTER.match(after) and _listed_speaker(text[start:end]) \
            and last not in _LOCATIVES:  # ('Kundeservice i Lier sa at ...': a place)
        found.append("speaker")
    elif last in _SPEECH_LAST_WORDS and _SPEECH_BEFORE.search(before) \
            and _CLAUSE_END.match(after) and not _pronoun(text[start:end]):
        found.append("speaker")  # '..., sier Hansen.', '«...», sa Kari Berg til avisa'
    return tuple(found)


#: verbs of saying right after a name ('Hansen sa at ...', 'Per fortalte ...', 'Anna said
#: ...'); a header's 'skrev:' is the header cue
_SPEECH_VERBS = ("sa", "sier", "seier", "sei", "sagt", "skrev", "skreiv", "fortalte", "fortalde",
                 "forklarte", "forklarde", "svarte", "svara", "lovet", "lovte", "lova", "mente",
                 "meinte", "said", "says", "told", "wrote", "explained", "replied", "promised",
                 "sade", "säger", "berättade", "förklarade", "svarade", "lovade", "tyckte",
                 "sagde", "siger", "forklarede", "svarede", "lovede")
_SPEECH_AFTER = regex.compile(r"[ ]" + _alternatives(_SPEECH_VERBS) + r"\b(?![ \t]*:)")
_SPEECH_INITIALS = frozenset(verb[0] for verb in _SPEECH_VERBS)
#: subjects of those verbs that are no names, though some are listed ones ('Han', 'Ho', 'De')
_PRONOUNS = frozenset((
    "han", "hun", "ho", "hen", "de", "dei", "dem", "vi", "me", "eg", "jeg", "du", "dere",
    "den", "det", "man", "ein", "en", "noen", "nokon", "ingen", "alle", "begge", "hon", "dom",
    "jag", "ni", "någon", "alla", "nogen", "he", "she", "they", "we", "i", "you", "it",
    "someone", "somebody", "everyone", "nobody"))


#: a quotation's verb of saying before the speaker at the clause's end ('..., sier Hansen.',
#: '«...», seier Grossman.', '"...", said Anna')
_QUOTATION_VERBS = ("sa", "sier", "seier", "sei", "skriver", "skriv", "forteller", "fortel",
                    "forklarer", "said", "says", "writes", "säger", "sade", "siger", "sagde")
_SPEECH_BEFORE = regex.compile(r"[,»\"'”][ \t]*(?:" + "|".join(_QUOTATION_VERBS) + r")[ \t]+$")
_SPEECH_LAST_WORDS = frozenset(_QUOTATION_VERBS)
#: what ends the speaker's clause: its end, or a few words of where and to whom ('til VG')
_CLAUSE_END = regex.compile(r"[ \t]*(?:[.,;!?)]|$|(?:til|to|i|på|for)[ ])")


#: prepositions of where: the run after one is a place, not who speaks ('Kundeservice i Lier
#: sa at ...')
_LOCATIVES = frozenset(("i", "in"))


def pronoun_led(span: str) -> bool:
    """Whether ``span`` (a model's) opens with a pronoun and goes on in lower case: the
    sentence's subject and its verb ('He said', 'Han sa'), not a name."""
    words = span.split()
    return len(words) > 1 and words[0].lower() in _PRONOUNS and any(
        w.islower() for w in words[1:])


def _pronoun(run: str) -> bool:
    """A pronoun, or a compound naming a role ('Oktober-sjefen', 'NRK-journalisten')."""
    return run.lower() in _PRONOUNS or "-" in run and run.rsplit("-", 1)[1].islower()


_SLASH_SIGNS = frozenset("/- ")
_LETTERS = regex.compile(r"\p{L}+")
_NAME_WORD = regex.compile(r"\p{L}+(?:-\p{L}+)?")


def _slash_signed(before: str, run: str) -> bool:
    """Whether a run alone on its line after a slash or a dash opening the line ('/Hans',
    '- Kari Berg', '> /Ola') signs a message, as Swedish and Norwegian writers do: the run's
    first word a listed first name (a path's '/Users', a list's '- Support' are none)."""
    if before.strip(" \t>") not in ("/", "-", "--"):
        return False
    word = _LETTERS.match(run.lower())
    return word is not None and gazetteers.fold(word.group()) in gazetteers.first_names() \
        and word.group() not in _PRONOUNS


def _listed_first(run: str) -> bool:
    """Whether the first word of ``run`` is a listed first name."""
    word = run.split(None, 1)[0].lower() if run.strip() else ""
    return word in gazetteers.first_names() or gazetteers.fold(word) in gazetteers.first_names()


def _listed_speaker(run: str) -> bool:
    """Whether a run before a verb of saying is a name by the lists: a word of it a listed
    first name or surname, and none of it a pronoun."""
    words = [gazetteers.fold(w) for w in _NAME_WORD.findall(run.lower())]
    if not words or any(w in _PRONOUNS for w in words):
        return False
    if len(words) == 1 and words[0] in common_words() \
            and words[0] not in gazetteers.common_first_names():
        return False  # 'Da sa statsministeren ...': an adverb the long lists also hold
    first, surnames = gazetteers.first_names(), gazetteers.surnames()
    return any(w in first or w in surnames for w in words)


#: a row of a menu or button bar: one capitalised word (a bullet before it allowed), alone
#: in its row or in the row's first cell
_ITEM_WORD = regex.compile(r"^[\s>*•·–-]*(\p{Lu}[\p{Ll}]+(?:-\p{L}+)?)\s*$")
#: rows looked at above and below a row (blank lines skipped), and how many of them must
#: be words for the row to be a menu's (or all of those on one side)
MENU_REACH, MENU_WORDS = 2, 3


def menu_item(text: str, line_start: int, line_end: int, start: int, end: int) -> bool:
    """Whether the one-word run ``text[start:end]`` that opens its row is an item of a menu
    (a screenshot's side bar: 'Oversikt', 'Lån', 'Nettbank', 'Lisens' one per row): of the
    rows next to it (``MENU_REACH`` rows above and below, blank lines skipped), at least
    ``MENU_WORDS``, or all those on one side, hold one capitalised word, in the row or in its
    first cell, that no name list knows; or its own row is a menu bar (``MENU_WORDS`` cells
    after it or more, each such a word). A list of names has names for neighbours ('Kari',
    'Ola', 'Steinar' one per row; 'Kari Hansen'); a form with its labels above its values
    has a label and a value on each side of a value; a menu has words all round, so its rows
    are no list cue for a word that is also a rare name."""
    if " " in text[start:end]:
        return False  # a run of two words or more ('Kari Hansen') is no menu's item
    first, surnames = gazetteers.first_names(), gazetteers.surnames()

    def word_item(a: int, b: int) -> bool:
        return word(text[a:b].lstrip(" \t").split("\t", 1)[0])

    def word(cell: str) -> bool:
        m = _ITEM_WORD.match(cell)
        if m is None:
            return False
        key = gazetteers.fold(m.group(1).lower())
        return key not in first and key not in surnames

    # a menu bar read as one row: the run's row holds nothing but such words, in cells
    cells = [c.strip() for c in text[end:line_end].split("\t")[1:]]
    if len(cells) >= MENU_WORDS and all(map(word, cells)):
        return True

    above: list[bool] = []
    pos = line_start - 1
    while pos > 0 and len(above) < MENU_REACH:
        a = text.rfind("\n", 0, pos) + 1
        if text[a:pos].strip():
            above.append(word_item(a, pos))
        pos = a - 1
    below: list[bool] = []
    pos = line_end + 1
    while pos < len(text) and len(below) < MENU_REACH:
        b = text.find("\n", pos)
        b = len(text) if b == -1 else b
        if text[pos:b].strip():
            below.append(word_item(pos, b))
        pos = b + 1
    return sum(above) + sum(below) >= MENU_WORDS or any(
        len(side) == MENU_REACH and all(side) for side in (above, below))


# Cheap tests that rule a pattern out before it runs (most runs fire no cue at all). Python's
# whitespace (str.strip, str.isspace) holds all of the regex module's \s, and four more.

#: The first character after a run's spaces that can open a header's tail (_AFTER_HEADER):
#: '"<', '[mailto:', '(', ',' or 'skrev'/'wrote'/'said'...
_HEADER_OPENINGS = frozenset('"<[(,sw') | {""}


#: a preposition and the department after a name ('i økonomiavdelingen', 'på kundeservice',
#: 'fra IT', 'in customer service', 'på kundtjänst')
_UNIT_AFTER = regex.compile(r"[ ](?:i|på|fra|frå|från|hos|in|from|at)[ ](?:the[ ])?"
                            r"(IT|HR|[\p{Ll}][\p{Ll}\-]+(?:[ ]service)?)(?![\w])")


def affiliated_after(text: str, end: int) -> bool:
    """Whether a department its bearer works in follows the run ending at ``end`` ('Moen i
    økonomiavdelingen', 'Berg på kundeservice', 'Dahl in customer service'): a unit's word
    (:data:`common_words.UNIT_SUFFIXES`), never a place ('Moen i Rana')."""
    unit = _UNIT_AFTER.match(text, end)
    return unit is not None and _unit_word(unit.group(1))


def _unit_word(word: str) -> bool:
    """Whether ``word`` names a department: 'IT', 'HR' or a unit's word ('kundeservice')."""
    return word in ("IT", "HR") or word.endswith(UNIT_SUFFIXES)


#: round 30D: a presentation opening its clause, at the line's start, after a greeting or after
#: a sentence's or clause's end ('Det er ', 'Hei, dette er ', 'Hej det är ', 'Hi, this is ')
_PRESENTATION = regex.compile(r"(?:^[\s>]*|[.!?,;:(][ \t]*|(?:^|[\s>])" + _alternatives(CHAT_GREETINGS)
                              + r"[ \t,!]+)" + _alternatives(PRESENTATIONS) + r"[ \t]+$")
_PRESENTATION_LAST_WORDS = frozenset(_last_word(p) for p in PRESENTATIONS)
#: ... and what closes the name it presents: the clause's end, 'som'/'who' and its verb, 'her'/
#: 'igjen' ('Det er Dag igjen'), where its bearer is from or works ('fra regnskap', 'på
#: kundtjänst här'); not a number or a noun after it ('Det er Dag 3 av kurset', 'This is May 2024',
#: 'Det er Storm i kveld')
_PRESENTED_AFTER = regex.compile(
    r"[ \t]*(?:[.,!?;:)]|$)|[ ](?:som|who)[ ]\p{Ll}|[ ](?:her|här|here|igjen|igen|again)\b"
    r"|[ ](?:(?:fra|frå|från|from)[ ](?:the[ ])?[\p{L}&\-]+(?:[ ][\p{L}&\-]+){0,2}?"
    r"|(?:i|på|in|at)[ ](?:the[ ])?(?P<unit>IT|HR|\p{Ll}[\p{Ll}\-]+(?:[ ]service)?))"
    r"(?:[ ](?:her|här|here)\b|[ \t]*(?:[.,!?;:)]|$))")


def _presented(run: str, before: str, after: str) -> bool:
    """Whether ``run`` is a name presented after 'det er', 'dette er', 'det är', 'this is'
    (:data:`PRESENTATIONS`) that opens its clause: its first word a listed first name, and the
    clause closed right after it (:data:`_PRESENTED_AFTER`), so that a first name that is also a
    word is the writer's ('Hei, det er Dag.'), not the word ('Det er Dag 3 av kurset')."""
    if not _listed_first(run) or _PRESENTATION.search(before) is None:
        return False
    match = _PRESENTED_AFTER.match(after)
    if match is None or match.group("unit") is None:
        return match is not None
    # a department's word, or after 'på' a helpdesk's common word before 'her' ('Sine på
    # ekonomi här'; not 'Sol i dag her')
    unit = match.group("unit")
    return _unit_word(unit) or unit in common_words() and after.startswith((" på ", " at ")) \
        and match.group().endswith(("her", "här", "here"))


def _introduced_after(after: str) -> bool:
    """_INTRODUCED_AFTER.match(after), which needs a space first and 'her'/'här' in it."""
    if after[:1] != " " or not ("her" in after or "här" in after):
        return False
    match = _INTRODUCED_AFTER.match(after)
    if match is None:
        return False
    return match.group("unit") is None or _unit_word(match.group("unit"))


#: column headers of an invoice's, an order's or a price list's lines: the cells under them
#: name goods and services ('Licens', 'Frakt'), however many of those words are also names
ITEM_COLUMNS = frozenset((
    "beskrivelse", "beskrivning", "description", "vare", "varer", "varenavn", "varetekst",
    "vara", "varor", "produkt", "product", "produktnavn", "artikel", "artikkel", "article",
    "item", "items", "tjeneste", "tjenester", "tjänst", "ydelse", "ydelser", "tekst", "text",
    "benämning", "betegnelse", "spesifikasjon", "specifikation", "specification", "kuvaus",
    "tuote", "nimike", "service", "services", "post", "linje", "rad"))


def item_column(text: str, start: int) -> bool:
    """Whether the cell at ``start`` stands in a tab-separated table's column headed by a
    goods-or-services word (:data:`ITEM_COLUMNS`: 'Beskrivelse', 'Vare', 'Item')."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if "\t" not in text[line_start:line_end if line_end != -1 else len(text)]:
        return False
    return column_header(text, start).strip(" :").lower() in ITEM_COLUMNS


def _list_row_after(after: str) -> bool:
    """_AFTER_LIST.match(after): spaces, then a ',', '(', a tab, the line's end or a dash
    between spaces; so after the spaces (at most 8 looked at) one of ',(-–', or a tab in them."""
    head = after[:8]
    rest = head.lstrip()
    return (not rest or rest[0] in ",(-–" or "\t" in head) and _AFTER_LIST.match(after) is not None


#: Post-nominal letters after a name on its signature line ('Sian Murphy MRICS', 'Kari Berg
#: PhD', 'Ola Dahl, MBA'): degrees, chartered memberships and honours, which a name alone on
#: its line may carry; no company form ('AS', 'AB', 'Ltd') is one
POST_NOMINALS = frozenset((
    "phd", "ph.d.", "ph.d", "dphil", "mphil", "md", "mba", "msc", "m.sc.", "bsc", "b.sc.", "ma",
    "meng", "beng", "ceng", "llb", "llm", "jd", "mres", "cpa", "acca", "fcca", "aca", "fca",
    "cfa", "cima", "pmp", "cipd", "mcipd", "chcipd", "frics", "mrics", "arics", "assocrics",
    "mciob", "fciob", "miet", "mice", "fice", "mcips", "fcips", "frcs", "mrcp", "frcp", "rn",
    "dds", "esq", "esq.", "jr", "jr.", "sr", "sr.", "obe", "mbe", "cbe", "kc", "qc", "cissp",
    "cisa", "cism", "itil", "prince2", "dr.philos.", "dr.philos"))
_POST_NOMINALS = regex.compile(r"^(?:,?[ ]+[\p{L}.\d]{2,12}){1,4}[ \t,.]*$")
#: (the patterns below compiled once: a pattern string is looked up in regex's cache per call)
_SPACES_COMMAS = regex.compile(r"[ ,]+")


def _post_nominals(after: str) -> bool:
    """Whether ``after`` (the rest of a name's line) holds only post-nominal letters."""
    if _POST_NOMINALS.match(after) is None:
        return False
    words = [w for w in _SPACES_COMMAS.split(after.strip(" \t,")) if w]
    return bool(words) and all(w.lower() in POST_NOMINALS or w.lower().rstrip(".") in POST_NOMINALS
                               for w in words)


#: A chat log's opening line ('Chat startet 10:32', 'Chat started', 'Chatten startade',
#: 'Chat aloitettu'): the 'Name:' lines under it are its speakers
_CHAT_STARTED = regex.compile(
    r"(?im)^[ \t>*\-\[]*(?:live[ -]?)?chat(?:ten|t|session|samtale)?[ \t]+(?:er[ \t]+|ble[ \t]+|was[ \t]+)?"
    r"(?:start(?:et|ed|ade|ad|at)?|påbörjad|begyndt|begynt|begun|began|opened|åpnet|åbnet|"
    r"öppnad|aloitettu|alkoi)\b")


def _chat_started(text: str, line_start: int) -> bool:
    """Whether a chat log's opening line stands above ``line_start`` (within 3,000 chars)."""
    floor = max(0, line_start - 3000)
    return "chat" in text[floor:line_start].lower() and \
        _CHAT_STARTED.search(text, floor, line_start) is not None


def _chat_time(before: str) -> bool:
    """_CHAT.search(before): a chat line's time ('10:32', '[09.15]'), which holds ':' or '.'."""
    return (":" in before or "." in before) and _CHAT.search(before) is not None


def _header_lines(text: str) -> int:
    """How many lines of ``text`` are a chat app's message header (:data:`_HEADER_LINE`), up to 2."""
    return sum(1 for _ in zip(range(2), _HEADER_LINE.finditer(text, **scan_timeout(len(text)))))


def _chat_speaker(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Whether the run opening a line is a chat speaker by a channel tag before it
    ('[chat] Kari: ...', '[Kunde] Ola: ...') or the line's time after it ('Kari 10:32: ...',
    'Ola [10:32]: ...', or closing the line in a chat app's headers: 'Kari Berg 14:03'), its first word a listed first name ('[INFO] Server:', 'Møte 10:30:'
    are no speakers)."""
    if before.endswith("]") or before.endswith("] "):
        if not (_AFTER_CHAT.match(after) and _CHAT_TAG.match(before)):
            return False
    elif after[:1] == ":" and not before.strip(" \t>"):
        # 'Chat startet 10:32' / 'Ole: hei': a speaker under a chat log's opening line
        if not _chat_started(text, start - len(before)):
            return False
    elif not (after[:1] == " " and not before.strip(" \t>") and (
            after[1:2] in "0123456789[" and _TIME_AFTER_SPEAKER.match(after)
            or after[1:2] in " 0123456789[" and _TIME_CLOSING_SPEAKER.match(after)
            and _header_lines(text) >= 2)):  # (its first test: a space, '[' or a digit next)
        return False
    word = text[start:end].split(None, 1)[0].lower()
    if word in _CHAT_ROLE_WORDS:
        return False  # '[17:30] Client: thanks': the role labels the line (round 29A)
    return gazetteers.fold(word) in gazetteers.first_names() or word in gazetteers.first_names()


#: the roles a chat transcript labels its lines with, though some are listed first names
_CHAT_ROLE_WORDS = frozenset(("client", "customer", "agent", "visitor", "guest", "kunde",
                              "gjest", "operator", "system", "bot", "user", "admin"))


def address_field(text: str, start: int) -> bool:
    """Whether ``start`` is a name's place in a mail header's address field: right after its
    label or a ``;`` between recipients ('Fra: ', 'Til: Hansen, Ola; ', 'Cc: '), where a
    display name is written 'Last, First' (Outlook's in a directory)."""
    line_start = text.rfind("\n", max(0, start - 400), start) + 1
    if text[max(line_start, start - 8):start].rstrip(" \t")[-1:] not in ("", ":", ";"):
        return False  # the field ends in ':' or ';' and spaces (most runs: no field)
    field = _ADDRESS_FIELD.match(text, line_start, start)
    return field is not None and field.end() == start


def _honorific(before: str) -> bool:
    """Whether ``before`` (lower-cased) ends with a form of address ('dear ms. ', 'fru ')."""
    word = _last_word(before)
    return word in HONORIFICS or (word in _DOTTED_HONORIFICS and before.rstrip().endswith("."))


def _name_key(before: str) -> bool:
    """Whether ``before`` (lower-cased) ends with a structured field keyed by a person's name."""
    match = _NAME_KEY.search(before[-60:])
    if match is None:
        return False
    key = (match.group("key") or match.group("tag")).lstrip("_-")
    return not key.startswith(_NOT_PERSON_KEYS)


def _label_key(text: str, start: int) -> bool:
    """Whether a quoted value at ``start`` is a structured field whose key is a person label
    (``"kunde": "``, ``"contactPerson": "``, ``created_by='``, ``<customer>``), as the same
    word is before a colon in prose (``Kunde: Kari Nordmann``)."""
    # every form of it ends with a quote or '>', at ``start`` or before a newline there ('$')
    end = start - 1 if text[start - 1:start] == "\n" else start
    if end < 1 or text[end - 1] not in "\"'>":
        return False  # (most runs: a line's first word, where no field key is)
    key = field_key(text, start, _FIELD_KEY_FORMS)
    return key is not None and words_of_key(key) in _LABEL_KEYS


def _tail(text: str, line_start: int, start: int) -> str:
    """The lower-cased line before ``start``, at most ``BEFORE_CHARS`` of it, cut at a space.

    Every cue is a short phrase right before the run (the patterns end in ``$``), so a long
    line is never scanned whole once per run: that was quadratic in the line's length.
    """
    if start - line_start <= BEFORE_CHARS:
        return text[line_start:start].lower()
    piece = text[start - BEFORE_CHARS:start]
    space = next((i for i, ch in enumerate(piece) if ch.isspace()), -1)
    # keep the space itself, so "(?:^|\s)word$" still sees a word boundary before the cue
    return ("\u0000" + piece[space:] if space != -1 else "\u0000").lower()


def after_role_word(text: str, start: int) -> bool:
    """Whether a role word ('vaktmester', 'kollega', 'snakket med') ends just before ``start``."""
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    if line_start == start:
        return False  # a line's first word (most runs): nothing before it
    before = text[max(line_start, start - 40):start].lower()
    # the regex tries every position of ``before``: most runs fail the last-word test first
    last = _last_word(before)
    return last in _ROLE_LAST_WORDS and _role_before(before, last)


def _lines_above(text: str, line_start: int, max_lines: int = 2) -> Iterator[str]:
    """Up to ``max_lines`` lines just above the line starting at ``line_start``, nearest first."""
    pos = line_start - 1
    for _ in range(max_lines):
        if pos <= 0:
            return
        prev_start = text.rfind("\n", 0, pos) + 1
        yield text[prev_start:pos]
        pos = prev_start - 1


def _label_above(text: str, line_start: int) -> bool:
    """Whether the nearest non-blank line of the two just above is a name label alone."""
    line = next((line for line in _lines_above(text, line_start) if line.strip(" \t>")), "")
    if not 0 < len(line) <= 40:
        return False
    line = line.lower()
    return bool(_LABEL_LINE.match(line) or "/" in line and _TWO_LANGUAGE_LABEL_LINE.match(line))


#: A line that ends a reply's own text: the quoted message's header or first quoted line, a
#: forwarded message's separator, an Outlook rule ('> Den 18.04.2025 skrev ...', 'On Mon, ...
#: wrote:', '---------- Videresendt melding ----------', '-----Original Message-----', 'Fra: ...')
_THREAD_BREAK = regex.compile(
    r"[ \t]*(?:>|-{2,}[ \t]*\p{L}|_{5,}|(?:fra|frå|från|from|fr[åa]n)[ \t]*:|"
    r"(?:den|on|am|le|på|d\.)[ \t][^\n]{0,120}(?:skrev|skreiv|wrote|schrieb|kirjoitti)[ \t]*:?[ \t]*$)",
    regex.IGNORECASE)


def _closes_message(text: str, line_start: int, line_end: int) -> bool:
    """Whether the line ``[line_start, line_end)`` alone closes a reply's own text, as a first
    name (a Norwegian or Danish listed one; the caller checks) signs it (``Takk, det gikk fint nå!\n\nAre\n\n> Den ... skrev``): a sentence ends on
    the nearest non-blank line above (a blank line between), and the nearest non-blank line
    below, within two, breaks to a quoted or forwarded message (:data:`_THREAD_BREAK`)."""
    if not text.startswith("\n", line_end) or line_start < 2 or text[line_start - 2] != "\n":
        return False
    above = next((line for line in _lines_above(text, line_start, 3) if line.strip(" \t")), "")
    if above.rstrip(" \t")[-1:] not in (".", "!", "?", ")"):
        return False
    pos = line_end + 1
    for _ in range(3):
        nl = text.find("\n", pos)
        line = text[pos:len(text) if nl == -1 else nl]
        if line.strip(" \t"):
            return _THREAD_BREAK.match(line) is not None
        if nl == -1:
            return False
        pos = nl + 1
    return False


def _signature_above(text: str, line_start: int) -> bool:
    """Whether the nearest non-blank line of the two just above is a sign-off ('Mvh',
    'Thanks,'): the line under the name ('Rådgiver', 'Customer Success Manager') is a title."""
    line = next((line for line in _lines_above(text, line_start) if line.strip(" \t>")), "")
    return bool(_SIGNOFF_LINE.match(line.lower()))
