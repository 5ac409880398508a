"""The words and phrases the name cues read, and the two helpers that match a line to them.

The phrase lists (greetings, sign-offs, labels, roles, relatives, forms of address,
self-introductions, presentations, linking words) are written in lower case in every language
the tickets use; :mod:`.name_cues` and the recognizers build their patterns from them. The
word lists that one rule reads (a name field's labels, an invoice's goods columns, post-nominal
letters, a chat's role labels, keys of things' names) stand here too (the verbs of saying
and the pronouns stay with their rules in :mod:`.name_speech`). :func:`alternatives` makes a
list a regex alternation; :func:`last_word` reads a line's last word as the phrases end, the
key every cue is pre-tested by.
"""

from __future__ import annotations

import regex

from pii_scanner.detect.lazy_regex import lazy_compile
from pii_scanner.detect import gazetteers

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
            # a weekend's wishes closing a message (round 34G: 'Trevlig helg,' over 'Hans')
            "god helg", "trevlig helg", "ha en fin helg", "ha en god helg", "ha en trevlig helg",
            "god weekend", "have a good weekend", "have a nice weekend", "have a great weekend",
            "hyvää viikonloppua", "mukavaa viikonloppua",
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
#: round 35D: kinship nouns whose bare form is also another word ('mannen', the man; 'mor',
#: mother or a title; 'far', father or go), read as a cue only before a first name set off in
#: parentheses right after them, as a note names the relative it spoke to ('snakket m/ kona
#: (Randi)', 'pratade m. maken (Pierre)', 'spoke to his wife (Anna)')
PARENTHESISED_RELATIONS = frozenset((
    "kona", "kone", "konen", "mannen", "manden", "mand", "mora", "moren", "mor", "faren", "far",
    "mamma", "mammaen", "pappa", "pappaen", "maken", "make", "maka", "makan", "frun", "mamman",
    "pappan", "dottern", "sonen", "barnet", "barnebarnet", "svigermora", "wife", "husband",
    "mother", "father", "mum", "mom", "dad", "son", "daughter", "partner", "spouse"))
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
         "kontakt med", "kontakte med", "kontakta med", "sms til", "sms till",
         # Round 34E: Finnish helpdesk roles before an agent's name ('Asiakaspalvelija Petteri:',
         # 'asiakasneuvoja Liisa', 'käsittelijä Virtanen')
         "asiakaspalvelija", "asiakaspalvelijamme", "asiakasneuvoja", "asiakasneuvojamme",
         "palveluneuvoja", "asiakaspalveluneuvoja", "asiakastuen", "tukihenkilö", "käsittelijä",
         "käsittelijämme") + RELATIONS
#: Forms of address: the capitalised word after one is a name ('Ms. Johnson', 'fru Aune'),
#: a surname more often than not; the short ones with a dot only ('hr.', not HR the team).
HONORIFICS = frozenset(("mr", "mrs", "ms", "miss", "dr", "fru", "frk", "herr", "frøken",
                        "fröken"))
#: ... and those that count only with their dot ('hr. Berg', 'Prof. Dahl')
DOTTED_HONORIFICS = frozenset(("hr", "fr", "prof"))
#: Self-introductions: the words after them are the writer's own name.
INTRODUCTIONS = ("jeg heter", "eg heiter", "jag heter", "jeg hedder", "mitt navn er",
                 "navnet mitt er", "mitt namn er", "namnet mitt er", "mitt namn är", "mit navn er",
                 "my name is", "my full name is", "mitt fulle navn er")
#: round 33E: the writer's verb of being ('hei, eg er kari hansen', 'jag är anna berg'; 'jeg er
#: usikker', 'jag är inte nöjd' are no listed full name), a presentation only where the name
#: closes its clause (round 34C: 'jeg er sol glad i dag' is the writer's mood)
BEING_VERBS = ("jeg er", "eg er", "jag är", "i am")
#: Chat presentations ('hei, dette er kari nordmann'): only for lower-case full names from the
#: lists (PERSON), never a cue of their own ('Dette er Telenor sin feil').
PRESENTATIONS = ("dette er", "det er", "her er", "this is", "detta är", "det är", "det här är", "här är",
                 "det her er", "tässä on", "täällä", "it's", "it is") + BEING_VERBS
#: Greetings that open a chat line before a presentation ('hej, det er bjarne', 'moi, täällä
#: kerttu'): a lone listed first name after both is the writer's
CHAT_GREETINGS = ("hei", "hej", "hi", "hello", "hey", "hallo", "halløj", "hejsan", "heisann",
                  "moi", "moikka", "terve", "heippa", "morn", "tjena")
#: Words that join a name to another or to what was said ('med Kari', 'Ola og Per', 'skrev')
LINKS = ("med", "og", "and", "och", "eller", "or", "ved", "hos", "from", "fra", "till", "til",
         "to", "skrev", "wrote", "sa", "said", "mener", "thinks", "via")
#: Sign-offs that count only opening their line: Finnish 'T. Sanna' (terveisin), not '2 t.'
LINE_SIGNOFFS = ("t.",)
#: A run that is itself a greeting or sign-off ('Cheers,', 'Ystävällisesti') is no name; each
#: also as the name look-ups fold it ('kveðja' as 'kvedja': runs are compared by their keys)
CUE_PHRASES = frozenset(form for phrase in GREETINGS + SIGNOFFS + LINE_SIGNOFFS
                        for form in (phrase, gazetteers.fold(phrase)))

#: The labels of a name's own fields: a form's label cell before a tab needs one of these
#: (:mod:`.name_labels`; 'Kunde<TAB>Aktiv' or 'Til<TAB>Oslo' is a table row)
NAME_FIELD_LABELS = ("navn", "namn", "name", "full name", "fullt navn", "nimi", "etunimi", "sukunimi",
                     "fornavn", "etternavn", "mellomnavn", "fornamn", "etternamn", "förnamn", "efternamn",
                     "mellannamn", "efternavn", "first name", "last name", "surname", "given name",
                     "given names", "family name", "middle name")
#: Words of a structured field's key that name a thing, not a person ('file_name',
#: 'hostName', 'company_navn'): no name key, and no person label as a key ('user')
NOT_PERSON_KEYS = ("file", "host", "user", "bruker", "company", "firma", "bedrift", "org",
                   "product", "produkt", "device", "app", "domain", "server", "bucket", "table",
                   "column", "field", "tag", "class", "type", "event", "service", "project",
                   "prosjekt", "street", "gate", "city", "by", "place", "sted", "country", "land",
                   "brand", "item", "vare", "plan", "package", "queue", "group", "gruppe", "team",
                   "role", "rolle", "db", "schema", "key", "path", "sheet", "image", "bilde")

#: column headers of an invoice's, an order's or a price list's lines: the cells under them
#: name goods and services ('Licens', 'Frakt'), however many of those words are also names
ITEM_COLUMNS = frozenset((
    "beskrivelse", "beskrivning", "description", "vare", "varer", "varenavn", "varetekst",
    "vara", "varor", "produkt", "product", "produktnavn", "artikel", "artikkel", "article",
    "item", "items", "tjeneste", "tjenester", "tjänst", "ydelse", "ydelser", "tekst", "text",
    "benämning", "betegnelse", "spesifikasjon", "specifikation", "specification", "kuvaus",
    "tuote", "nimike", "service", "services", "post", "linje", "rad"))

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

#: the roles a chat transcript labels its lines with, though some are listed first names:
#: the role alone is no speaker's name ('[17:30] Client: thanks'; round 29A)
CHAT_ROLE_WORDS = frozenset(("client", "customer", "agent", "visitor", "guest", "kunde",
                             "gjest", "operator", "system", "bot", "user", "admin"))
#: the roles chat tools and helpdesks label a line with before the speaker's name, English and
#: Nordic ('[10:02] Agent Katie: Hi!', 'Kunde (Søs): hej'; round 31A, :mod:`.chat_speakers`)
CHAT_SPEAKER_ROLES = ("agent", "agenten", "kunde", "kunden", "kund", "customer", "client", "visitor",
                      "guest", "gjest", "gæst", "gäst", "operator", "operatør", "support", "rådgiver",
                      "rådgivare", "konsulent", "saksbehandler", "sagsbehandler", "handläggare",
                      "kundeservice", "kundservice", "kundeservicemedarbejder", "asiakas",
                      "asiakaspalvelu", "asiakaspalvelija", "asiakasneuvoja", "palveluneuvoja")


def alternatives(phrases: tuple[str, ...]) -> str:
    """A regex alternation of ``phrases``, escaped, the longest first."""
    return "(?:" + "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True)) + ")"


#: Every character ``str.isspace`` holds (all in the Basic Multilingual Plane, the last
#: U+3000; written out rather than found by testing 65,536 characters at each start-up, round
#: 36A; a test checks the list against ``str.isspace`` over all of Unicode)
UNICODE_SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
                  "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
#: those, and the punctuation the cue phrases allow after them
_SPACE_OR_CUE_END = UNICODE_SPACES + ",.!:>"


#: a label's plural marked in parentheses at its end ('name(s)', 'fornavn(e)', 'förnamn(en)')
_PLURAL_MARK = lazy_compile(r"\(\p{Ll}{1,3}\)$")


def last_word(before: str) -> str:
    """The last word of ``before`` as the cue phrases end: no trailing ``,.!:``, no ``>``/``(``."""
    tail = before.rstrip(_SPACE_OR_CUE_END)  # any Unicode space mixed with that punctuation
    if not tail:
        return ""  # (a line's first word)
    if tail[-1] == ")" and ":" in before:
        tail = _PLURAL_MARK.sub("", tail)  # 'first name(s):', 'fornavn(e):' (round 29A)
    return tail.rsplit(None, 1)[-1].rsplit(">", 1)[-1].rsplit("(", 1)[-1].rstrip(".")
