import pytest


@pytest.mark.parametrize("text, value", [
    ("Ny adresse blir Nedre Slottsgate 16A, 8006 Bodø.", "Nedre Slottsgate 16A, 8006 Bodø"),
    ("Adress: Södra Vägen 46, 903 26 Umeå", "Södra Vägen 46, 903 26 Umeå"),
    ("Befaring på Thereses gate 72.", "Thereses gate 72"),
    ("på Bryggen 16, 4006 Stavanger i går", "Bryggen 16, 4006 Stavanger"),
    ("Address: 52 Market Street, Birmingham B2 4QA", "52 Market Street, Birmingham B2 4QA"),
    ("Mvh\nKari\nStorgata 5\n0150 Oslo", "Storgata 5\n0150 Oslo"),
])
def test_found(found, text, value):
    assert ("STREET_ADDRESS", value) in found(text)


def test_postcode_must_match_place_for_unsuffixed_streets(found):
    assert not any(t == "STREET_ADDRESS" for t, _ in found("Versjon 16, 4006 Bergen"))


def test_no_address_without_street_word(found):
    assert found("Windows 10 og Office 365") == []


def test_post_box_is_not_a_street(found):
    assert not any(t == "STREET_ADDRESS" and "Postboks" in v
                   for t, v in found("Postadresse: Postboks 123 Sentrum"))


def _addresses(n: int, seed: int):
    """(street, number, "postcode Place") from Faker street names and Posten's register."""
    import random

    from faker import Faker

    from pii_scanner.detect import gazetteers

    fake, rng = Faker("no_NO"), random.Random(seed)
    fake.seed_instance(seed)
    codes = sorted(gazetteers.postal_codes().items())
    out = []
    while len(out) < n:
        street = fake.street_name()
        if not street.endswith(("veien", "gata", "vegen", "bakken", "stien", "alléen", "plassen")):
            continue
        code, place = rng.choice(codes)
        out.append((street, str(rng.randint(1, 150)), f"{code} {place.title()}"))
    return out


@pytest.mark.parametrize("street, number, post", _addresses(6, 7))
def test_dwelling_unit_number_stays_in_the_address(found, street, number, post):
    value = f"{street} {number} H0{number[-1]}01, {post}"
    assert ("STREET_ADDRESS", value) in found(f"Leietaker i {value}. Fnr kommer.")


@pytest.mark.parametrize("street, number, post", _addresses(6, 8))
def test_sentence_word_before_a_street_is_not_part_of_it(found, street, number, post):
    value = f"{street} {number}, {post}"
    for lead in ("Befaring", "Besiktning", "Inspeksjon"):
        assert ("STREET_ADDRESS", value) in found(f"{lead} {value} - fuktskade")


@pytest.mark.parametrize("text, value", [
    ("Adress: Storgatan 12 lgh 1102, 903 26 Umeå", "Storgatan 12 lgh 1102, 903 26 Umeå"),
    ("Adresse: Nørregade 5, 2. th, 8000 Aarhus C", "Nørregade 5, 2. th, 8000 Aarhus C"),
    ("Ny adresse: Øvre Storgata 3, 0150 Oslo", "Øvre Storgata 3, 0150 Oslo"),
])
def test_unit_and_prefix_forms(found, text, value):
    assert ("STREET_ADDRESS", value) in found(text)


def test_cheap_gates_never_hide_an_address():
    """The per-pattern gates are necessary conditions: with them off, nothing more is found."""
    from pii_scanner.detect.recognizers.generic.street_address import NordicStreetAddressRecognizer

    texts = ["Ny adresse: Nedre Slottsgate 16A, 8006 Bodø", "Bor i Storgt. 5, 0155 Oslo",
             "Sveavägen 67, 903 26 Umeå", "leveres til Karl Johans gate 22 i morgen",
             "adresse Fjellstad 12", "Bor på Hovedgården 3, 1357 Bekkestua", "52 Market Street, Birmingham B2 4QA",
             "Vi har 12 Stk på lager", "ingen gate her 2024"]
    gated = NordicStreetAddressRecognizer("nb")
    plain = NordicStreetAddressRecognizer("nb")
    plain.pattern_applies = lambda spec, lower: True
    for text in texts:
        got = sorted((r.start, r.end, r.score) for r in gated.analyze(text, ["STREET_ADDRESS"]))
        assert got == sorted((r.start, r.end, r.score) for r in plain.analyze(text, ["STREET_ADDRESS"]))
    assert sum(bool(gated.analyze(t, ["STREET_ADDRESS"])) for t in texts) >= 6


def test_a_spaced_lower_case_letter_after_the_number_is_a_word_not_a_house_letter(found):
    assert ("STREET_ADDRESS", "Kirkeveien 5") in found("Jeg bor i Kirkeveien 5 i Bergen")
    assert ("STREET_ADDRESS", "Storgata 12 B, 0155 Oslo") in found("Adressen er Storgata 12 B, 0155 Oslo")
    assert ("STREET_ADDRESS", "Storgata 12b, 0155 Oslo") in found("Storgata 12b, 0155 Oslo")


@pytest.mark.parametrize("value", ["storgata 12, 0155 oslo", "kirkeveien 5b, 0368 oslo",
                                   "strandgaten 44 5013 bergen"])
def test_a_lower_case_address_whose_postcode_matches_its_place_is_found(found, value):
    assert ("STREET_ADDRESS", value) in found(f"hei, ny adresse: {value}")


@pytest.mark.parametrize("text", ["hei, ny adresse: storgata 12, 0155 bergen",
                                  "se avsnitt 12, 0155 oslo", "vi kjører storgata 12, 9999 ganger"])
def test_a_lower_case_address_needs_a_street_word_and_a_matching_postcode(found, text):
    assert not any(t == "STREET_ADDRESS" and "," in v for t, v in found(text))


@pytest.mark.parametrize("value", ["221b Baker St, London", "221B Baker Street, London",
                                   "14 Church Road, Bristol BS1 4AA"])
def test_an_english_address_outranks_the_name_in_it(found, value):
    got = found(f"Please ship to {value}.", "en")
    assert ("STREET_ADDRESS", value) in got
    assert not any(t == "PERSON" for t, _ in got)


@pytest.mark.parametrize("king, numeral", [("Haakon", "VII"), ("Christian", "IV"), ("Olav", "V"),
                                           ("Oscar", "II"), ("Frederik", "IX")])
def test_a_regnal_number_in_a_street_name(found, king, numeral):
    street = f"{king} {numeral}s gate 5"
    assert ("STREET_ADDRESS", street + ", 0161 Oslo") in found(f"Ny adresse: {street}, 0161 Oslo.")
    assert ("STREET_ADDRESS", street) in found(f"Vi holder til i {street} i Bergen.")


@pytest.mark.parametrize("text", ["Postadress: Box {n}, 101 20 Stockholm", "Adresse: Box {n}",
                                  "Address: P.O. Box {n}, Helsinki"])
def test_a_swedish_or_english_post_box_is_not_a_street(found, text):
    import random

    number = random.Random(text).randint(1, 9999)
    assert not any(t == "STREET_ADDRESS" for t, _ in found(text.format(n=number), "sv"))


def _finnish_addresses(count):
    import random

    from faker import Faker

    fake, rng = Faker("fi_FI"), random.Random(12)
    fake.seed_instance(12)
    out = []
    while len(out) < count:
        street = fake.street_name()
        if " " in street or not street.endswith(("katu", "tie", "kuja", "polku", "väylä", "tori")):
            continue
        flat = rng.choice(["", f" {rng.choice('ABC')} {rng.randint(1, 60)}", f" as. {rng.randint(1, 60)}"])
        out.append((f"{street} {rng.randint(1, 99)}{flat}", f"{fake.postcode()} {fake.city()}"))
    return out


@pytest.mark.parametrize("street, post", _finnish_addresses(8))
def test_finnish_streets_flats_and_postcodes(found, street, post):
    address = f"{street}, {post}"
    assert ("STREET_ADDRESS", address) in found(f"Osoite: {address}", "fi")
    assert ("STREET_ADDRESS", address) in found(f"Ny adress: {address}.", "sv")


def test_street_patterns_read_only_street_lines_and_find_what_a_whole_text_scan_finds():
    """The street-word patterns scan only the lines with a street word before a number (and
    the line after, for the postcode), the farm pattern only lines with ', <postcode> <place>':
    the same findings as scanning the whole text."""
    import random

    from faker import Faker

    from pii_scanner.detect.recognizers.generic.street_address import (
        NordicStreetAddressRecognizer, street_lines)

    class WholeText(NordicStreetAddressRecognizer):
        def scan_ranges(self, spec, lower):
            return None

    windowed, whole = NordicStreetAddressRecognizer("nb"), WholeText("nb")
    rng = random.Random(11)
    texts = []
    for locale in ("no_NO", "sv_SE", "da_DK"):
        fake = Faker(locale)
        fake.seed_instance(11)
        for _ in range(40):
            lines = [fake.sentence() for _ in range(rng.randint(0, 3))]
            address = fake.address()
            address = address.lower() if rng.random() < 0.3 else address
            lines.insert(rng.randint(0, len(lines)), rng.choice(("", "Adresse: ", "bor i ")) + address)
            if rng.random() < 0.3:  # two addresses on one line, one line apart
                lines.append(f"{fake.street_address()}, {fake.postcode()} {fake.city()} og "
                             f"{fake.street_address()}")
            texts.append("\n".join(lines))
    # farms with a postcode that matches their place (the pattern read on ', 2040 Kløfta' lines)
    from pii_scanner.detect import gazetteers

    codes = sorted(gazetteers.postal_codes().items())
    for farm in ("Nordre Li", "Haugen gård", "Søndre Berg", "Vestre Eik"):
        code, place = rng.choice(codes)
        texts.append(f"Hei\nAdresse: {farm}, {code} {place.title()}\nMvh\nKari")
    spans = lambda rec, text: sorted((r.start, r.end, r.score) for r in rec.analyze(text, None))
    found = 0
    for text in texts:
        assert spans(windowed, text) == spans(whole, text), text
        found += len(spans(whole, text))
    assert found > len(texts) / 2  # the comparison is about texts that hold addresses
    assert street_lines("ingen adresse her, bare 12 epler") == []


def test_every_street_word_is_matched_and_the_genitive_ones_are_street_words(found):
    from pii_scanner.detect.recognizers.generic import street_address

    assert set(street_address.GENITIVE_STREET_WORDS) <= set(street_address.STREET_WORDS)
    for word in street_address.STREET_WORDS + street_address.FINNISH_STREET_WORDS:
        text = f"Leveres til Solbakke {word} 12, 0150 Oslo i morgen."
        assert ("STREET_ADDRESS", f"Solbakke {word} 12, 0150 Oslo") in found(text), word


def _register_codes(count, seed):
    import random

    from pii_scanner.detect import gazetteers

    rng = random.Random(seed)
    codes = sorted(gazetteers.postal_codes().items())
    return [rng.choice(codes) for _ in range(count)]


@pytest.mark.parametrize("code, place", _register_codes(5, seed=2))
@pytest.mark.parametrize("box", ["Postboks", "Pb", "Boks"])
def test_a_post_box_with_a_postcode_is_no_street(found, code, place, box):
    text = f"Hilsen Per | {box} 123, {code} {place.title()}"
    assert not any(t == "STREET_ADDRESS" for t, _ in found(text))
    street = f"Granåsen 12, {code} {place.title()}"  # a street with no street word stays
    assert ("STREET_ADDRESS", street) in found(f"Hilsen Per | {street}")


@pytest.mark.parametrize("value", ["72 Frank Manors, WD1W 1YH West John",
                                   "Flat 2, Wright Greens, E0K 8NW Lake Marionside",
                                   "Flat 14\nDiana Lodge, Leeds LS6 2AB", "9 Anna Meadows, York",
                                   "490 Paul Rise", "12b Grace Court, Bath BA1 1AA"])
def test_an_english_street_named_like_a_person_is_an_address_not_a_person(found, value):
    got = found(f"Adresse: {value}.\nTakk!", "nb")
    assert ("STREET_ADDRESS", value) in got
    assert not any(t == "PERSON" for t, _ in got)


@pytest.mark.parametrize("text, name", [("Dear Frank Lodge, thanks for your order.", "Frank Lodge"),
                                        ("Hei, Anna Meadows ringte om adressen.", "Anna Meadows"),
                                        ("Møte i rom 3 med Grace Court i morgen.", "Grace Court")])
def test_a_person_named_like_a_street_without_a_house_number_stays_a_person(found, text, name):
    got = found(text, "en")
    assert ("PERSON", name) in got
    assert not any(t == "STREET_ADDRESS" for t, _ in got)


def test_a_uk_postcode_then_town_is_part_of_the_address_only_where_the_clause_ends(found):
    assert ("STREET_ADDRESS", "5 Mill Road, CB1 2AB Cambridge") in found(
        "Ny adresse: 5 Mill Road, CB1 2AB Cambridge.")
    got = found("Ny adresse: 5 Mill Road, CB1 2AB Please ring me", "en")
    assert ("STREET_ADDRESS", "5 Mill Road, CB1 2AB") in got


@pytest.mark.parametrize("value", ["Haagan pappilantie 227, 00100 Helsinki",
                                   "Waseniuksen puistokuja 20", "Agnes Sjöbergin bulevardi 73",
                                   "Gamle drammensvei 12, 1363 Høvik"])
def test_capitalised_words_before_a_lower_case_street_compound(found, value):
    assert ("STREET_ADDRESS", value) in found(f"Osoite / adresse: {value}.", "fi")


@pytest.mark.parametrize("street", ["Fjellåsen", "Bjørkekroken", "Nedre Vollen", "Solgrenda",
                                    "Furusletta", "Kvernbrekka"])
def test_more_norwegian_street_words(found, street):
    assert ("STREET_ADDRESS", f"{street} 5A") in found(f"Befaring i {street} 5A i morgen.")


@pytest.mark.parametrize("text", ["Kari Hansen kjørte 5 km langs veien.", "Ta E6 forbi Åsen 5 min",
                                  "Kari Nordmann familia 5 ganger"])
def test_a_lower_case_word_after_a_name_is_no_street_without_a_street_word_ending(found, text):
    assert not any(t == "STREET_ADDRESS" for t, _ in found(text))


def _registered_places(count, seed):
    import random

    from pii_scanner.detect import gazetteers

    rng = random.Random(seed)
    codes = sorted((c, p) for c, p in gazetteers.postal_codes().items()
                   if len(c) == 4 and p.isalpha() and len(p) > 3)
    return [(c, p.title()) for c, p in rng.sample(codes, count)]


@pytest.mark.parametrize("code, place", _registered_places(5, seed=7))
@pytest.mark.parametrize("farm", ["Nordre Li", "Haugen gård", "Solbakken", "Øvre Myra"])
def test_a_rural_place_without_a_street_word_after_an_address_word(found, code, place, farm):
    value = f"{farm}, {code} {place}"
    assert ("STREET_ADDRESS", value) in found(f"Adresse: {value}")
    assert ("STREET_ADDRESS", value) in found(f"Jeg bor på {value}, og lurer på noe.")


@pytest.mark.parametrize("code, place", _registered_places(3, seed=8))
def test_a_place_and_postcode_without_an_address_word_or_a_right_place_is_no_address(found, code, place):
    assert not any(t == "STREET_ADDRESS" for t, _ in found(f"Solbakken, {code} {place} vant kampen."))
    wrong = "9999" if code != "9999" else "0001"
    assert not any(t == "STREET_ADDRESS" for t, _ in found(f"Adresse: Solbakken, {wrong} {place}"))
    assert not any(t == "STREET_ADDRESS" for t, _ in found(f"Adresse: Postboks, {code} {place}"))


@pytest.mark.parametrize("kind", ["Circles", "Mountains", "Glens", "Bypass", "Junction", "Springs",
                                  "Valley", "Shores", "Turnpike", "Village"])
@pytest.mark.parametrize("first, last", [("Fraser", "Tom"), ("Elaine", "Ross"), ("Sean", "Kirby")])
def test_english_streets_with_more_us_and_uk_designators_are_addresses_not_people(found, kind,
                                                                                   first, last):
    for house in ("749 ", "Flat 2, ", "Studio 51\n"):
        value = f"{house}{first} {kind}, TQ3 9GR North Frankshire"
        got = found(f"Adresse: {value}.\nTelefon: 011", "en")
        assert ("STREET_ADDRESS", value) in got, got
        assert not any(t == "PERSON" for t, _ in got)
