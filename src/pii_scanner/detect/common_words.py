"""Capitalised words that are not names: stop words (spaCy nb/sv/da/en) plus helpdesk words.

Greetings, sign-offs, header labels, weekdays, months and the like start lines and
sentences in tickets; they must never be taken for a name. :func:`is_common` also knows
hyphenated compounds of such words (``Support-teamet``) and organisational units
(``Økonomiavdelingen``, ``Kundtjänst``), which sign off team replies, and job titles
(``Prosjektleder``, ``Account Manager``), the line under a signed name, and form labels
(``Fødselsdato``, ``Kontonummer``).
"""

from __future__ import annotations

import functools

from pii_scanner.detect.brand_names import COMPANY_WORDS

_HELPDESK = """
hei hej hejsan hallo hello hi hey dear kjære käre god morgen dag kveld takk tack thanks thank
tak kiitos moi
hilsen hälsningar helsing regards mvh vh vennlig vänliga vennleg venleg beste best kind med
sendt skickat sent fra från from til till to cc kopi emne ämne subject dato datum date re sv fw
fwd vs videresendt vidarebefordrat forwarded melding meddelande message original ursprungligt
navn namn name adresse adress address telefon tlf tel mobil mob phone email e-post epost mail
kundeservice kundesenter support helpdesk service team teamet avdeling avdelingen hr drift
driftsteamet kontor office mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag
fredag lördag söndag monday tuesday wednesday thursday friday saturday sunday januar februar
mars april mai juni juli august september oktober november desember januari februari augusti
december january february march june july october prioritet priority høy lav kritisk critical
mon tue tues wed thu thur thurs fri sat sun feb mar apr jun aug sep sept oct nov dec
tier level nivå
hva hvor hvem hvordan hvorfor når kan kunne vil skal må jeg vi dere du han hun det den de
eg me dykk ho ikkje ikke inte not please vennligst vänligen gjerne ok okay ja nei nej yes no
faktura fakturaen kunde kunden leietaker leietakar hyresgäst tenant customer user bruker
brukeren användaren sak saken ärende ticket incident hendelse feil error fel problem issue
oslo bergen trondheim stavanger tromsø stockholm göteborg malmö københavn copenhagen helsinki
norge sverige danmark finland norway sweden denmark europe gdpr bankid vipps altinn nav
innsyn sletting slett radering begäran request access upgrade oppgradering versjon version
systemet portal portalen min side minside appen app web api csv excel pdf login logg
husleie leie depositum kontrakt kontrakten avtale avtalen nøkkel nøkler vaktmester
as asa ab oy aps gmbh ltd inc llc sa nv bv kommune fylke stat postboks boks pb postbox box
kundtjänst kundservice kundesupport kundsupport kundcenter kundecenter kundesenter kundesenteret
kundeteam kundeteamet care customer-care helpdesken servicedesk supporten salg försäljning sales
økonomi ekonomi regnskap accounting billing fakturering lager accounts payable receivable
payroll finance procurement purchasing logistics marketing legal compliance operations
reception lønn innkjøp inköp logistikk markedsføring juridisk
jul julen julaften juledag julafton juldagen nyttår nyttårsaften nyttårsdag påske påsken
påskeaften skjærtorsdag langfredag pinse pinsen pinsedag kristi himmelfart himmelfartsdag
sankthans midsommar midsommarafton grunnlovsdag
statens
happy merry christmas xmas new year holidays holiday easter season greetings
kund kunden kundar kundane handläggare handläggaren saksbehandlar saksbehandlaren brukar brukaren
curriculum vitae cv resume résumé personalia
leigetakar leigetakaren iban bic swift ocr vpn
sir madam agent bot visitor besøkende chatbot chatbotten kundebot
traceback exception stacktrace
mr mrs ms dr frk prof
nimi etunimi sukunimi puhelin matkapuhelin osoite sähköposti asiakas asiakkaan syntymäaika
käyttäjä käyttäjätunnus salasana lasku tilaus viite päivämäärä
tuki asiakastuki asiakaspalvelija agentti botti vuokralainen vuokralaisen asukas isännöitsijä
rolle role roll stilling title tittel ny nytt nye gammel gamle neste forrige siste første andre tredje alle noen ingen
unknown ukjent okänd ukendt tuntematon guest gjest gäst gæst vieras anonymous anonym anonyymi
admin administrator system systemet internal intern n/a none null automation automatisering
integration integrasjon integration api premium bedrift företag virksomhed privat private
business privatkunde bedriftskunde
send sende skriv svar klikk trykk click reply write les sjekk kjøp bestill velg
ba bad
fil filer arkiv file hjem start home infoga indsæt insert sideoppsett sidlayout sidelayout
layout formler formulas formel granska gennemse review visning vis view hjelp hjälp hjælp help
i'm i've i'll i'd i’m i’ve i’ll i’d
saldo post postmottak postmottaket kontoutskrift kontoutdrag
fakturan fakturor fakturorna fakturaer fakturaene fakturaerne fakturaerna invoices invoice
order ordern ordrar ordrarna ordre ordren ordrer ordrene ordrerne orders bestilling
bestillingen bestillinger bestillingene bestillingerne beställning beställningen beställningar
beställningarna kvittering kvitteringen kvitteringer kvitto kvittot kvitton kvittona receipts
betaling betalingen betalinger betalning betalningen betalningar betalningarna payments
påminnelse påminnelser påmindelse påmindelser purring purringer purringar laskut laskun
tilaukset tilauksen
""".split()
#: (round 37C: the inflected and plural forms of the invoice, order, receipt and payment
#: words above, a desk's or a table's name: 'Hälsningar\nFakturor', 'Hej Ordrar,')
#: round 30A: Nynorsk adverbs that spaCy's (Bokmål) stop words lack and a name list holds
#: ('Elles takk for hjelpa': 'otherwise', read as the genitive of 'Elle'; 'Enno', 'Berre')
_NYNORSK = ("elles", "enno", "berre")


#: Words that greet a group ('Hei Alle!', 'Hej alla', 'Hi Guys'): after a greeting they are
#: no person, though a name list holds some of them as first names.
GROUP_ADDRESSES = frozenset(("alle", "alla", "all", "allihop", "allihopa", "everyone",
                             "everybody", "folkens", "folks", "guys", "kaikki", "gutter",
                             "jenter", "venner", "kolleger", "kollegaer", "kollegor", "team",
                             "teamet", "zusammen"))


@functools.cache
def common_words() -> frozenset[str]:
    """Lower-cased words that are not names on their own."""
    from spacy.lang.da.stop_words import STOP_WORDS as da
    from spacy.lang.en.stop_words import STOP_WORDS as en
    from spacy.lang.nb.stop_words import STOP_WORDS as nb
    from spacy.lang.sv.stop_words import STOP_WORDS as sv

    return frozenset(nb | sv | da | en | set(_HELPDESK) | set(_NYNORSK) | COMPANY_WORDS
                     | GROUP_ADDRESSES)


#: Endings of organisational units: a word ending so ('Økonomiavdelingen', 'Kundesenteret',
#: 'Kundtjänst', 'Driftsteamet') names a team, not a person.
UNIT_SUFFIXES = ("avdelingen", "avdeling", "avdelning", "avdelningen", "afdeling", "afdelingen",
                 "teamet", "team", "senteret", "sentralen", "centret", "centralen", "kontoret",
                 "kontor", "tjänst", "tjänsten", "tjeneste", "tjenesten", "service", "support",
                 "desk", "seksjonen", "sektionen", "enheten", "gruppen", "sekretariatet",
                 "administrasjonen", "ledelsen", "staben", "butikk", "butikken", "butiken",
                 "webshop", "redaksjonen", "styret", "foreningen", "klubben",
                 # public agencies and front desks ('Skatteetaten', 'Skatteverket',
                 # 'Lånekassen', 'Försäkringskassan', 'Datatilsynet', 'Sundhedsstyrelsen',
                 # 'Asiakaspalvelu', 'Resepsjonen')
                 "etaten", "verket", "kassen", "kassan", "styrelsen", "direktoratet",
                 "tilsynet", "myndigheten", "palvelu", "toimisto", "resepsjon", "resepsjonen",
                 "receptionen", "hallinto", "politiet", "vernet", "bordet", "banken", "firmaet",
                 "norge",
                 # a department named by its work, alone, compounded or definite ('Drift',
                 # 'Eiendomsdrift', 'Driften', 'Bilsalg', 'Salget', 'Varefrakt', 'Utleien',
                 # 'Uthyrningen'): no name list holds a word ending so
                 "drift", "driften", "salg", "salget", "frakt", "frakten", "utleie", "utleia",
                 "utleien", "utleige", "utleiga", "udlejning", "udlejningen", "uthyrning",
                 "uthyrningen", "försäljning", "försäljningen")


#: Endings of job titles, the line under a signed name ('Prosjektleder', 'Seniorrådgiver',
#: 'Kundeansvarlig', 'Account Manager', 'Senior Consultant').
TITLE_SUFFIXES = ("leder", "rådgiver", "rådgjevar", "konsulent", "konsult", "ansvarlig", "sjef",
                  "direktør", "direktör", "ingeniør", "ingenjör", "koordinator", "medarbeider",
                  "medarbetare", "assistent", "sekretær", "sekreterare", "handläggare", "behandler",
                  "behandleren", "handsamar", "handsamaren",  # (nynorsk 'Sakshandsamar')
                  "tekniker", "utvikler", "utvecklare", "manager", "chef", "consultant", "director",
                  "engineer", "specialist", "spesialist", "officer", "advisor", "adviser",
                  "analyst", "representative", "executive", "developer", "technician",
                  "coordinator", "assistant", "supervisor", "controller", "administrator")
#: Endings of form labels ('Fødselsdato (dd.mm.åååå):', 'Kontonummer', 'E-postadresse',
#: 'Personnr', 'Henkilötunnus', 'Skattetabell').
LABEL_SUFFIXES = ("nummer", "dato", "datum", "adresse", "adress", "number", "nr",
                  # a payslip's 'Skattetabell' (the tax table its withholding follows)
                  "tabell",
                  # Finnish: 'Henkilötunnus', 'Y-tunnus', 'Puhelinnumero', 'Sähköpostiosoite'
                  "tunnus", "numero", "osoite",
                  # round 31E: Finnish 'nro', numero's abbreviation ('Asiakasnro', 'Tilausnro')
                  "nro")
_TITLE_WORDS = frozenset(("senior", "junior", "head", "lead", "chief", "principal", "account",
                          "success", "daglig", "teknisk", "technical", "sales", "product"))
_SUFFIXES = UNIT_SUFFIXES + TITLE_SUFFIXES + LABEL_SUFFIXES


def _by_last_two(suffixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, tuple[str, ...]] = {}
    for suffix in suffixes:
        if len(suffix) < 2:
            raise ValueError(f"a suffix of two letters or more: {suffix!r}")
        grouped[suffix[-2:]] = grouped.get(suffix[-2:], ()) + (suffix,)
    return grouped


#: The suffixes by their last two letters: a word is tried against the few that end as it
#: does, not all hundred (is_common runs for every capitalised run)
_SUFFIXES_BY_END = _by_last_two(_SUFFIXES)


def _unit_title_or_label(key: str) -> bool:
    """``key.endswith(_SUFFIXES)``, through :data:`_SUFFIXES_BY_END`."""
    return key.endswith(_SUFFIXES_BY_END.get(key[-2:], ()))


def is_common(key: str) -> bool:
    """Whether the lower-cased word ``key`` is no name (see module doc). Not cached across
    calls: a process-wide cache would keep the words of earlier tickets, names among them."""
    words = common_words()
    if key in words or key in _TITLE_WORDS or _unit_title_or_label(key):
        return True
    if "-" not in key:
        return False
    parts = [p for p in key.split("-") if p]
    return len(parts) > 1 and all(p in words or _unit_title_or_label(p) for p in parts)


#: Words after which a capitalised run is a company, not a person.
COMPANY_SUFFIXES = frozenset({"as", "asa", "ab", "oy", "oyj", "aps", "a/s", "gmbh", "ltd",
                              "inc", "llc", "ans", "da", "sa", "ba", "sf", "ks", "hb", "kb",
                              "plc", "bv", "nv", "ag", "co", "abp"})
#: Words that end or follow an organisation's name inside a capitalised run: 'Danske Bank',
#: 'Nordea Bank Abp', 'Posten Norge', 'Bærum Kommune'. No listed name holds one of them.
ORGANISATION_WORDS = frozenset({"bank", "banken", "sparebank", "norge", "sverige", "danmark",
                                "suomi", "norway", "sweden", "denmark", "kommune", "kommun",
                                "abp", "oyj", "forsikring", "försäkring", "energi", "nett",
                                # Finnish and Danish utilities, insurers, landlords ('Helen
                                # Sähköverkko', 'Lahti Energia', 'Kolding Forsyning')
                                "sähkö", "sähköverkko", "sähkönsiirto", "energia", "pankki",
                                "vakuutus", "kiinteistöt", "asunnot", "forsyning",
                                "boligselskab", "boligselskabet", "boligforening", "ejendomme",
                                # trades and lines of business ('Thomas Cook Airlines', 'Anker
                                # Hotel', 'Norwegian Air Shuttle', 'Berg Bygg', 'Lund Invest')
                                "air", "airlines", "airways", "shuttle", "hotel", "hotell",
                                "hotels", "cruise", "group", "holding", "eiendom", "bygg",
                                "transport", "invest", "capital", "partners", "solutions",
                                "consulting", "systems", "technologies", "logistics", "elektro",
                                # parties and institutions ('Christian Democrats', 'Jordan
                                # University Hospital', 'Oliver Academy', 'Lucas Foundation')
                                "democrats", "republicans", "party", "union", "council",
                                "university", "hospital", "school", "college", "foundation",
                                "institute", "society", "association", "trust", "museum",
                                "academy", "clinic", "centre", "center", "agency", "ministry",
                                "federation",
                                # newspapers and broadcasters ('Sky News', 'Washington Times',
                                # 'Sogn Avis', 'Romsdals Budstikke')
                                "news", "times", "herald", "tribune", "observer",
                                "mirror", "gazette", "avis", "avisa", "tidende", "dagblad",
                                "budstikke", "radio", "tidning", "tidningen",
                                # small firms named by owner and trade ('Møller Bil', 'Lund
                                # Media', 'Berg Design', 'Lykke Kaffebar', 'Sony Music')
                                "music", "records", "film", "films", "media", "studio",
                                "studios", "design", "kaffebar", "kafé", "café", "cafe",
                                "restaurant", "bakeri", "fabrikk", "fabrikker", "verksted",
                                "institutt", "instituttet", "regnskap", "revisjon",
                                "eiendomsmegling", "entreprenør", "maskin", "auto", "bil",
                                "sport", "fritid", "interiør", "blomster", "optikk", "apotek",
                                # teams ('Platform Team', 'Drift Teamet'), by name or by function
                                "team", "teamet", "squad", "gruppen",
                                # round 27A: Nordic broadband, landlords and housing companies
                                # ('Sunnfjord Breiband', 'Fjordbu Utleige', 'Bergen Kommunale
                                # Bustader', 'Svenska Bostäder'; not 'kraft', a surname too)
                                "breiband", "bredband", "fiber", "telekom", "utleige", "utleie",
                                "uthyrning", "bustader", "boliger", "bostäder", "fastigheter",
                                "eigedom"})
#: head nouns that end a company's one-word name or its first word ('Bustadselskapet Vest',
#: 'Bostadsbolaget', 'Bredbandsbolaget'): no listed name ends with one
ORGANISATION_ENDINGS = ("selskap", "selskapet", "selskab", "selskabet", "bolag", "bolaget",
                        "kompani", "kompaniet")


def organisation_name(keys: list[str]) -> bool:
    """Whether a run of lower-cased words names an organisation: a word of
    :data:`ORGANISATION_WORDS` after its first ('Danske Bank', 'Posten Norge'), or any word
    ending in a company's head noun (:data:`ORGANISATION_ENDINGS`)."""
    return len(keys) > 1 and not ORGANISATION_WORDS.isdisjoint(keys[1:]) \
        or any(key.endswith(ORGANISATION_ENDINGS) for key in keys)


#: round 37C: English head nouns of a firm's line of business that no surname is ('Acme
#: Widgets', 'Nordic Tools', 'Bright Supplies'): the last word of an e-mail address's local
#: part that spells a firm's name, not a person's (:func:`name_words.spelled_by_address`)
TRADE_WORDS = frozenset(("widgets", "tools", "supplies", "supply", "products", "services",
                         "labs", "works", "designs", "goods", "parts", "trading", "ventures",
                         "industries", "networks", "software", "digital", "electronics",
                         "motors", "foods", "builders", "plumbing", "printing", "logistics",
                         "solutions", "systems", "consulting", "technologies", "tech",
                         "events", "interiors", "imports", "exports", "furniture", "security",
                         "cleaning", "marketing", "holdings"))


def trade_name(keys: list[str]) -> bool:
    """Whether lower-cased words after a first one end in a firm's trade or organisation word
    ('acme widgets', 'nordic tools', 'lund media', 'solberg bank'): round 37C.

    >>> trade_name(["acme", "widgets"]), trade_name(["nordic", "tools"]), trade_name(["reece", "day"])
    (True, True, False)
    """
    return len(keys) > 1 and (keys[-1] in TRADE_WORDS or organisation_name(keys))


def is_job_title(key: str) -> bool:
    """Whether the lower-cased word ``key`` ends a job title ('officer', 'prosjektleder',
    'manager') or is a title word ('senior', 'chief')."""
    return key in _TITLE_WORDS or key.endswith(TITLE_SUFFIXES)
