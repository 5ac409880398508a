"""Ticket text templates per scenario and language (nb, nn, sv, da, en).

Placeholders such as ``{name}`` or ``{fnr2}`` are filled by :mod:`.threads`; keys listed in
:data:`NOT_PERSONAL` are ordinary business data, every other key is a planted value.
"""

from __future__ import annotations

NOT_PERSONAL = frozenset({"org", "date", "order", "kid", "case", "amount", "product", "agent_first"})

SCENARIOS: dict[str, dict[str, dict[str, str]]] = {
    "moving": {
        "subject": {
            "nb": "Ny leietaker i {addr2}",
            "nn": "Ny leigetakar i {addr2}",
            "sv": "Ny hyresgäst från {date}",
            "da": "Ny lejer pr. {date}",
            "en": "Tenant change at {org}",
        },
        "open": {
            "nb": "Hei!\nVi har fått ny leietaker i {addr2} fra {date}. Det er {name2}, fnr {fnr2}, tlf {phone2}.\nKan dere legge henne inn i portalen og flytte fakturaene fra forrige leietaker?",
            "nn": "Hei!\nFrå {date} flyttar {name2} inn i {addr2}. Fødselsnummer {fnr2}, mobil {phone2}.\nKan de registrere ho i portalen?",
            "sv": "Hej!\n{name2} flyttar in på {addr2} den {date}. Personnummer {se2}, telefon {phone2}.\nKan ni lägga upp henne i portalen?",
            "da": "Hej\n{name2} flytter ind på {addr2} den {date}. CPR {cpr2}, telefon {phone2}.\nKan I oprette hende i portalen?",
            "en": "Hi,\n{name2} is moving into {addr2} on {date}. Norwegian ID number {fnr2}, phone {phone2}, e-mail {email2}.\nCould you set up a portal account?",
        },
        "follow": {
            "nb": "Glemte å si at forrige leietaker, {name3}, har ny adresse: {addr3}. Han har D-nummer {dnr}.",
            "nn": "Førre leigetakar {name3} har flytta til {addr3}.",
            "sv": "Förra hyresgästen {name3} har ny adress: {addr3}.",
            "da": "Den tidligere lejer {name3} er flyttet til {addr3}.",
            "en": "The previous tenant, {name3}, has moved to {addr3}; D-number {dnr}.",
        },
    },
    "login": {
        "subject": {
            "nb": "Får ikke logget inn med BankID",
            "nn": "Får ikkje logga inn",
            "sv": "Kan inte logga in med BankID",
            "da": "Kan ikke logge ind med MitID",
            "en": "Login fails for {name}",
        },
        "open": {
            "nb": "Hei, jeg får feilmelding når jeg logger inn med BankID. Fødselsnummeret mitt er {pid} og jeg bruker mobilnummer {phone}.\nDet står \"bruker finnes ikke\". Ordrenr {order} hvis det hjelper.",
            "nn": "Hei, eg får ikkje logga inn. Personnummeret mitt er {pid}, telefon {phone}. Feilkode 4711.",
            "sv": "Hej, jag kommer inte in. Mitt personnummer är {pid} och mobilen {phone}. Ordernummer {order}.",
            "da": "Hej, jeg kan ikke logge ind. Mit CPR-nummer er {pid}, mobil {phone}.",
            "en": "Hello, I cannot log in. My national ID is {pid}, phone {phone}, and my username is {email}.",
        },
        "follow": {
            "nb": "Prøvde igjen fra hjemmenettet (IP {ip}), samme feil. Skjermbilde vedlagt.",
            "nn": "Prøvde på nytt frå {ip}, same feil. Skjermbilete ligg ved.",
            "sv": "Försökte igen från {ip}, samma fel. Skärmdump bifogad.",
            "da": "Prøvede igen fra {ip}, samme fejl. Skærmbillede vedhæftet.",
            "en": "Tried again from {ip}, same error. Screenshot attached.",
        },
    },
    "invoice": {
        "subject": {
            "nb": "Feil på faktura {kid}",
            "nn": "Feil på faktura {kid}",
            "sv": "Fel på faktura {kid}",
            "da": "Fejl i faktura {kid}",
            "en": "Wrong amount on invoice {kid}",
        },
        "open": {
            "nb": "Hei, vi er fakturert {amount} kr for to lisenser vi sa opp i fjor. Refusjon til konto {acct}, org.nr. {orgnr}.\nKortet som ble trukket var {card}.",
            "nn": "Hei, vi har fått faktura på {amount} kr for feil periode. Refusjon til konto {acct}.",
            "sv": "Hej, fakturan på {amount} kr är fel. Återbetala till {iban_se}.",
            "da": "Hej, fakturaen på {amount} kr er forkert. Tilbagebetal til {iban_dk}.",
            "en": "Hi, we were charged {amount} NOK twice. Please refund to IBAN {iban}; the card used was {card}.",
        },
        "follow": {
            "nb": "KID på innbetalingen var {kid}. Ring meg gjerne på {phone}.",
            "nn": "KID var {kid}. Ring meg på {phone}.",
            "sv": "OCR-nummer {kid}. Ring mig på {phone}.",
            "da": "Betalingsreference {kid}. Ring på {phone}.",
            "en": "Payment reference {kid}. Call me on {phone}.",
        },
    },
    "crm": {
        "subject": {
            "nb": "Duplikater i beboerregisteret",
            "nn": "Duplikat i bebuarregisteret",
            "sv": "Dubbletter i kundregistret",
            "da": "Dubletter i kunderegistret",
            "en": "Duplicate residents in CRM",
        },
        "open": {
            "nb": "Hei, {name2} ligger inne to ganger, én med e-post {email2} og én med {email_obf}. Født {dob}. Kan dere slå dem sammen? Utdrag under:",
            "nn": "Hei, {name2} ligg inne to gonger ({email2}). Fødd {dob}. Utdrag under:",
            "sv": "Hej, {name2} finns två gånger ({email2}), född {dob}. Utdrag nedan:",
            "da": "Hej, {name2} findes to gange ({email2}), født {dob}. Uddrag herunder:",
            "en": "Hi, {name2} exists twice ({email2} and {email_obf}), date of birth {dob}. Export below:",
        },
        "follow": {
            "nb": "Samme problem med {name3} ({email3}).",
            "nn": "Same problem med {name3} ({email3}).",
            "sv": "Samma problem med {name3} ({email3}).",
            "da": "Samme problem med {name3} ({email3}).",
            "en": "Same issue with {name3} ({email3}).",
        },
    },
    "gdpr": {
        "subject": {
            "nb": "Innsynsbegjæring etter GDPR art. 15",
            "nn": "Krav om innsyn etter personvernforordninga",
            "sv": "Begäran om registerutdrag enligt GDPR",
            "da": "Anmodning om indsigt efter GDPR",
            "en": "GDPR subject access request - {name}",
        },
        "open": {
            "nb": "Jeg ber om innsyn i alle opplysninger dere har om meg, {name}, født {dob}, bosatt {addr}. Fødselsnummer {pid}. Kopi av pass ({passport}) er vedlagt.",
            "nn": "Eg ber om innsyn i opplysningane de har om meg, {name}, fødd {dob}, {addr}. Fødselsnummer {pid}.",
            "sv": "Jag begär registerutdrag för {name}, personnummer {pid}, adress {addr}. Passnummer {passport}.",
            "da": "Jeg anmoder om indsigt for {name}, CPR {pid}, adresse {addr}.",
            "en": "I request access to all data you hold on me, {name}, born {dob}, living at {addr}. Finnish ID {hetu}. Passport {passport} attached.",
        },
        "follow": {
            "nb": "Svar kan sendes til min private e-post {email2}.",
            "nn": "Svar kan sendast til {email2}.",
            "sv": "Svara gärna till {email2}.",
            "da": "Svar venligst til {email2}.",
            "en": "Please reply to my private address {email2}.",
        },
    },
    "inspection": {
        "subject": {
            "nb": "Befaring {addr2} - fuktskade",
            "nn": "Synfaring {addr2}",
            "sv": "Besiktning {addr2}",
            "da": "Besigtigelse {addr2}",
            "en": "Field inspection at {addr2}",
        },
        "open": {
            "nb": "Befaring gjennomført i dag. Posisjon {gps}. Beboer {name2} (tlf {phone2}) var hjemme. Bilder vedlagt, koordinater også i EXIF.",
            "nn": "Synfaring gjort i dag ved {gps}. Bebuar {name2}, tlf {phone2}.",
            "sv": "Besiktning klar, position {gps}. Boende {name2}, tel {phone2}.",
            "da": "Besigtigelse udført ved {gps}. Beboer {name2}, tlf {phone2}.",
            "en": "Inspection done at {gps}. Resident {name2} (phone {phone2}) was present.",
        },
        "follow": {
            "nb": "Ny måling ved {gps2}, fukt 23 %. Rørlegger må inn, nøkkel hos {name3}.",
            "nn": "Ny måling ved {gps2}. Nøkkel hos {name3}.",
            "sv": "Ny mätning vid {gps2}. Nyckel hos {name3}.",
            "da": "Ny måling ved {gps2}. Nøgle hos {name3}.",
            "en": "Second reading at {gps2}; the key is with {name3}.",
        },
    },
    "onboarding": {
        "subject": {
            "nb": "Ny vaktmester - tilgang og lønn",
            "nn": "Ny vaktmeister - tilgang",
            "sv": "Ny fastighetsskötare - behörighet",
            "da": "Ny vicevært - adgang",
            "en": "Onboarding new caretaker {name2}",
        },
        "open": {
            "nb": "Hei, {name2} starter hos oss {date}. Fnr {fnr2}, kontonr {acct}, adresse {addr2}. Trenger bruker i vaktmester-appen. Kontrakt vedlagt.",
            "nn": "Hei, {name2} byrjar {date}. Fødselsnummer {fnr2}, konto {acct}.",
            "sv": "Hej, {name2} börjar {date}. Personnummer {se2}, konto {iban_se}.",
            "da": "Hej, {name2} starter {date}. CPR {cpr2}, konto {iban_dk}.",
            "en": "Hi, {name2} starts on {date}. Passport {passport}, date of birth {dob}, bank account {acct}.",
        },
        "follow": {
            "nb": "Nærmeste leder er {name3}, {email3}.",
            "nn": "Næraste leiar er {name3}, {email3}.",
            "sv": "Närmaste chef är {name3}, {email3}.",
            "da": "Nærmeste leder er {name3}, {email3}.",
            "en": "Line manager is {name3}, {email3}.",
        },
    },
    "log": {
        "subject": {
            "nb": "Synkronisering feiler mot regnskap",
            "nn": "Synkronisering feilar",
            "sv": "Synkningen misslyckas",
            "da": "Synkronisering fejler",
            "en": "Sync job failing since {date}",
        },
        "open": {
            "nb": "Synk-jobben stopper hver natt. Logg under.",
            "nn": "Synk-jobben stoppar kvar natt. Logg under.",
            "sv": "Synkjobbet stoppar varje natt. Logg nedan.",
            "da": "Synkjobbet stopper hver nat. Log herunder.",
            "en": "The nightly sync stops. Log below.",
        },
        "follow": {
            "nb": "Samme feil i natt fra {ip2}.",
            "nn": "Same feil i natt frå {ip2}.",
            "sv": "Samma fel i natt från {ip2}.",
            "da": "Samme fejl i nat fra {ip2}.",
            "en": "Same error tonight from {ip2}.",
        },
    },
}

GREETING = {"nb": "Hei {first},", "nn": "Hei {first},", "sv": "Hej {first},", "da": "Hej {first},",
            "en": "Hi {first},"}
AGENT_REPLY = {
    "nb": "Takk for henvendelsen. Vi ser på saken og kommer tilbake så snart som mulig.",
    "nn": "Takk for meldinga. Vi ser på saka og kjem tilbake.",
    "sv": "Tack för ditt meddelande. Vi tittar på ärendet.",
    "da": "Tak for din henvendelse. Vi kigger på sagen.",
    "en": "Thanks for reaching out. We are looking into it.",
}
AGENT_CLOSE = {
    "nb": "Dette er nå fikset. Gi beskjed om noe fortsatt ikke virker.",
    "nn": "No er dette fiksa. Sei frå om noko ikkje verkar.",
    "sv": "Nu är det åtgärdat. Hör av dig om något fortfarande inte fungerar.",
    "da": "Det er nu rettet. Giv besked, hvis noget stadig ikke virker.",
    "en": "This is fixed now. Let us know if anything still fails.",
}
THANKS = {"nb": "Tusen takk!", "nn": "Takk skal de ha!", "sv": "Tack så mycket!", "da": "Mange tak!",
          "en": "Thanks a lot!"}
SIGN_OFF = {"nb": "Med vennlig hilsen", "nn": "Med venleg helsing", "sv": "Med vänliga hälsningar",
            "da": "Med venlig hilsen", "en": "Kind regards"}
INTERNAL = {
    "nb": "Internt: kunden ringte fra {phone3}, sier hun er {name3}. Sjekket mot fnr {fnr3} i folkeregisteret.",
    "nn": "Internt: ringde frå {phone3}, seier ho er {name3}.",
    "sv": "Internt: ringde från {phone3}, säger att hon är {name3}.",
    "da": "Internt: ringede fra {phone3}, siger hun er {name3}.",
    "en": "Internal: caller on {phone3} says she is {name3}; verified against ID {fnr3}.",
}
SATISFACTION = ("Veldig rask hjelp fra {agent}, takk!", "Svarte aldri på telefon {phone}.",
                "Bra service.", "Tack, {agent} löste det direkt.", "Slow, but {agent} was kind.")
