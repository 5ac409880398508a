"""Words that name another kind of number: an order's, a case's, a parcel's, a phone's.

A number of an ID's shape is often some other thing's number (``ordernummer 8112189876``,
``Case 261176-0941``, ``Saken har fått nytt nummer: 41234567``). The rules that set such a
number aside read their words from here, grouped by language and by what they name; each
user builds its own list from these groups plus the additions it documents itself:

* :data:`ENGLISH_OTHER_NUMBER_WORDS` and :data:`NORDIC_OTHER_NUMBER_WORDS` are context terms
  (:func:`context.shared_terms`: inflections and compounds match), read in a number's clause.
  An unlabelled dashed national ID in English text (:mod:`.unclear_country`) and an ID's bare
  digits in its own language (:mod:`.bare_ids`) stay out where one of them is near; bare
  digits read both lists, as a Nordic ticket often quotes an English field's title. They hold
  a phone's words and a PIN's too: for a national ID those name another number as well.
* :data:`CASE_WORDS` and :data:`NUMBERED_THINGS` are whole word forms for the phone
  recognizer's regular expressions (:mod:`.recognizers.generic.phone`): a case's, a ticket's
  or an order's word right before the value (``Subject: RE: Case 61342395``, ``Tilaus
  86606895``), and the things that get a new number (``Ordren har fått nytt nummer``). They are
  forms, not terms, because a regex matches no inflection of its own; both share
  :data:`ENGLISH_CASES` and :data:`SCANDINAVIAN_CASES`.

Left apart on purpose: each recognizer's ``NEGATIVE_CONTEXT``. Those name the numbers that one
ID's shape is confused with, and a word's meaning differs by type: a phone's words are a phone's
context but another number's sign for a national ID; ``kunde`` alone is a chat's speaker
(``Kunde: mit cpr er ...``), so the CPR lists ``kundenr`` while bare digits read ``kunde``;
``ref`` is only a quoting word for a whole fødselsnummer. Their order also shows in a finding's
explanation (the negative words found), so a shared list would change explanations.
"""

from __future__ import annotations

# --- context terms: English -------------------------------------------------------------

#: cases, bookings and shipments
ENGLISH_CASES_AND_SHIPMENTS = ("case", "ticket", "booking", "reservation", "tracking",
                               "shipment", "parcel", "package", "delivery")
#: orders and payments
ENGLISH_ORDERS_AND_PAYMENTS = ("order", "invoice", "receipt", "voucher", "transaction",
                               "payment", "reference")
#: accounts, people's memberships and agreements
ENGLISH_ACCOUNTS_AND_AGREEMENTS = ("account", "customer", "member", "membership", "employee",
                                   "staff", "student", "contract", "policy", "claim")
#: products, software, requests and loans
ENGLISH_PRODUCTS_AND_REQUESTS = ("serial", "batch", "item", "product", "sku", "part", "model",
                                 "version", "build", "release", "job", "request", "incident",
                                 "issue", "loan", "licence", "license")
#: a phone's words (another number for a national ID)
ENGLISH_PHONE_WORDS = ("phone", "call", "mobile", "cell", "tel", "fax", "number is")
#: a PIN's, a code's or a password's words
ENGLISH_SECRET_WORDS = ("pin", "code", "password")

#: English words naming another kind of number of an ID's shape (:mod:`.unclear_country`,
#: :mod:`.bare_ids`)
ENGLISH_OTHER_NUMBER_WORDS = (ENGLISH_CASES_AND_SHIPMENTS + ENGLISH_ORDERS_AND_PAYMENTS
                              + ENGLISH_ACCOUNTS_AND_AGREEMENTS + ENGLISH_PRODUCTS_AND_REQUESTS
                              + ENGLISH_PHONE_WORDS + ENGLISH_SECRET_WORDS)

# --- context terms: Danish, Norwegian, Swedish ------------------------------------------

#: orders, receipts and cases
NORDIC_ORDERS_AND_CASES = ("ordre", "order", "beställning", "bestilling", "faktura", "kvitto",
                           "kvittering", "ärende", "sak", "sag")
#: customers, members, agreements and accounts
NORDIC_ACCOUNTS_AND_AGREEMENTS = ("kund", "kunde", "medlem", "avtal", "avtale", "aftale",
                                  "kontrakt", "konto")
#: payment references and giro numbers
NORDIC_PAYMENT_REFERENCES = ("clearing", "bankgiro", "plusgiro", "ocr", "kid", "referens",
                             "referanse", "reference")
#: bookings and shipments
NORDIC_BOOKINGS_AND_SHIPMENTS = ("bokning", "booking", "sändning", "forsendelse", "sending",
                                 "kolli", "paket", "pakke", "spårning", "sporing")
#: products and licences
NORDIC_PRODUCTS = ("artikel", "artikkel", "vare", "serienummer", "serie", "licens", "lisens")
#: transactions and amounts
NORDIC_AMOUNTS = ("transaktion", "transaksjon", "belopp", "beløp", "beløb", "summa", "sum")
#: a phone's words (another number for a national ID)
NORDIC_PHONE_WORDS = ("telefon", "tlf", "mobil", "nummer till", "ring", "sms")
#: a PIN's, a code's or a password's words
NORDIC_SECRET_WORDS = ("pin", "kod", "kode", "lösenord")

#: Danish, Norwegian and Swedish words naming another kind of number (:mod:`.bare_ids`)
NORDIC_OTHER_NUMBER_WORDS = (NORDIC_ORDERS_AND_CASES + NORDIC_ACCOUNTS_AND_AGREEMENTS
                             + NORDIC_PAYMENT_REFERENCES + NORDIC_BOOKINGS_AND_SHIPMENTS
                             + NORDIC_PRODUCTS + NORDIC_AMOUNTS + NORDIC_PHONE_WORDS
                             + NORDIC_SECRET_WORDS)

# --- whole word forms for the phone recognizer's regular expressions --------------------

#: English case, ticket and order words
ENGLISH_CASES = ("case", "ticket", "order")
#: Danish, Norwegian and Swedish case, order and enquiry words and their definite forms (not
#: the Swedish ``beställningen``: no test has shown it as a label before a value, ``Ang.
#: beställningen 070…`` may be about the order, the number a phone's)
SCANDINAVIAN_CASES = ("sak", "saken", "sag", "sagen", "ärende", "ärendet", "ordre", "ordren",
                      "bestilling", "bestillingen", "beställning", "henvendelse",
                      "henvendelsen")
#: Finnish case, order and invoice words (round 34E: ``Tapaus 86606895 koskee ...``)
FINNISH_CASES = ("tapaus", "tapauksen", "tapausta", "tapausnumero", "tilaus", "tilauksen",
                 "tilausnumero", "lasku", "laskun", "laskunumero", "asiakasnumero",
                 "viitenumero")

#: a case's, a ticket's or an order's word right before a value names it that thing's number
#: (round 33F; the phone recognizer's ``_CASE_WORD_BEFORE``)
CASE_WORDS = ENGLISH_CASES + SCANDINAVIAN_CASES + FINNISH_CASES

#: things that get a new number, not people (the phone recognizer's ``_NUMBERED_THING``): the
#: cases above (round 37G: with the Swedish ``beställning`` and ``beställningen``, as in ``Din
#: beställning har fått nytt nummer``), the Nynorsk ``saka``, the plural ``ordrer``, invoices,
#: accounts, parcels, agreements, cards and insurance policies. Not every negative word: a job
#: is no thing that gets a new number (``byttet jobb og fikk nytt nummer`` is a person's phone)
NUMBERED_THINGS = ENGLISH_CASES + SCANDINAVIAN_CASES + (
    "beställningen", "saka", "ordrer",
    "faktura", "fakturaen", "invoice", "konto", "kontoen", "account",
    "pakke", "pakken", "paket", "paketet", "package", "parcel", "sending", "sendingen",
    "forsendelse", "forsendelsen", "försändelse", "försändelsen", "shipment",
    "avtale", "avtalen", "avtal", "avtalet", "kontrakt", "kontrakten", "contract",
    "kort", "kortet", "card", "polise", "polisen", "policy")


def word_pattern(forms: tuple[str, ...]) -> str:
    """A regular expression's alternation of ``forms`` (plain letters, no escaping needed).

    >>> word_pattern(("case", "sak"))
    '(?:case|sak)'
    """
    return "(?:" + "|".join(forms) + ")"
