from pii_scanner.extract.ocr import OcrWord, assemble

CW = 10  # px per character (monospace)


def _row(n: int, cells: list[tuple[int, str]]) -> list[OcrWord]:
    """Words of one table row; each cell (column x, text) is split at spaces like OCR does."""
    out = []
    for x, text in cells:
        for word in text.split(" "):
            out.append(OcrWord(word, (x, 20 * n, x + CW * len(word), 20 * n + 12), 90.0, (1, 1, n)))
            x += CW * (len(word) + 1)
    return out


def test_table_columns_become_tabs_but_spaced_numbers_stay_whole():
    rows = [("Rune Berge", "07058040171", "96 68 31 20", "rberge@icloud.com"),
            ("Nina Sandvik", "20116197538", "99 63 92 84", "nsandvik@kvartalet.no"),
            ("Egil Berge", "10095403900", "972 64 332", "egil.b@nordbygg.no")]
    words = [w for n, r in enumerate(rows, 1) for w in _row(n, list(zip((0, 130, 260, 390), r)))]
    text = assemble(words).text
    assert text.splitlines() == ["\t".join(r) for r in rows]


def test_a_lone_wide_gap_is_a_tab_and_normal_spaces_stay():
    words = _row(1, [(0, "Fødselsnummer:"), (200, "13124723633")]) + _row(2, [(0, "Kari Nordmann bor her")])
    assert assemble(words).text == "Fødselsnummer:\t13124723633\nKari Nordmann bor her"


def test_overlapping_boxes_are_one_split_word():
    words = [OcrWord("Org.nr.:", (0, 0, 80, 12), 90.0, (1, 1, 1)),
             OcrWord("95694563", (90, 0, 170, 12), 90.0, (1, 1, 1)),
             OcrWord("1", (163, 0, 172, 12), 90.0, (1, 1, 1))]
    res = assemble(words)
    assert res.text == "Org.nr.: 956945631"
    assert [res.text[w.start:w.end] for w in res.words] == ["Org.nr.:", "95694563", "1"]


def _word(text: str, x: int, y: int, line: tuple[int, ...], h: int = 12) -> OcrWord:
    return OcrWord(text, (x, y, x + CW * len(text), y + h), 90.0, line)


def test_label_and_value_blocks_side_by_side_are_read_row_by_row():
    # the engine read every label (block 2), then every value (block 3): labels lost their values
    labels = ["Kontonummer:", "CPR-nr.:", "Org.nr.:"]
    values = ["1710.38.71239", "280245-2805", "905 668 633"]
    words = [_word("Dine opplysninger", 0, 0, (1, 1, 1))]
    words += [_word(t, 0, 40 + 30 * i, (2, 2, i)) for i, t in enumerate(labels)]
    for i, v in enumerate(values):
        x = 250
        for part in v.split(" "):
            words.append(_word(part, x, 41 + 30 * i, (3, 3, i)))
            x += CW * (len(part) + 1)
    assert assemble(words).text.splitlines() == ["Dine opplysninger", ""] + [
        f"{a}\t{b}" for a, b in zip(labels, values)]


def test_one_label_beside_a_longer_value_block_joins_its_row():
    words = [_word("E-post:", 0, 0, (1, 1, 1)),
             _word("kari@example.no", 200, 0, (2, 2, 1)), _word("Kari Nordmann", 200, 30, (2, 2, 2))]
    assert assemble(words).text == "E-post:\tkari@example.no\nKari Nordmann"


def test_prose_columns_keep_the_engines_reading_order():
    left = ["Vi har mottatt søknaden din og", "behandler den så snart vi kan", "og sender svar i posten"]
    right = ["Saken gjelder dagpenger fra mai", "og du får beskjed om vedtaket", "innen fire uker fra i dag"]
    words = []
    for b, (x, lines) in enumerate(((0, left), (400, right)), 1):
        for i, line in enumerate(lines):
            cx = x
            for part in line.split(" "):
                words.append(_word(part, cx, 30 * i, (b, b, i)))
                cx += CW * (len(part) + 1)
    assert assemble(words).text.splitlines() == left + [""] + right


def test_blocks_above_each_other_are_not_merged():
    words = [_word("Navn:", 0, 0, (1, 1, 1)), _word("Kari Nordmann", 0, 30, (2, 2, 1))]
    assert assemble(words).text == "Navn:\n\nKari Nordmann"


def test_a_number_split_after_a_dot_or_dash_is_joined():
    # tesseract splits at the side bearing of "." and "-": '9633.09. 86562', '280245- 2805'
    words = [_word("Kontonr.:", 0, 0, (1, 1, 1)), _word("9633.09.", 100, 0, (1, 1, 1)),
             _word("86562", 100 + 8 * CW + 5, 0, (1, 1, 1)),
             _word("1710.38", 0, 30, (1, 1, 2)), _word(".71239", 7 * CW + 5, 30, (1, 1, 2)),
             _word("kl.", 0, 60, (1, 1, 3)), _word("14", 3 * CW + 5, 60, (1, 1, 3))]
    res = assemble(words)
    assert res.text.splitlines() == ["Kontonr.: 9633.09.86562", "1710.38.71239", "kl. 14"]
    assert [res.text[w.start:w.end] for w in res.words][1:3] == ["9633.09.", "86562"]


def test_a_real_space_between_number_groups_stays():
    words = [_word("280245-", 0, 0, (1, 1, 1)), _word("2805", 7 * CW + 2 * CW, 0, (1, 1, 1)),
             _word("905", 0, 30, (1, 1, 2)), _word("668", 4 * CW, 30, (1, 1, 2))]
    assert assemble(words).text == "280245- 2805\n905 668"


def test_a_table_row_cut_into_its_own_block_uses_the_table_columns():
    rows = [("073-506 50 76", "450725-2312", "Per Ericsson"),
            ("070-972 9453", "510727-0646", "Maj Holmqvist"),
            ("073-687 23 86", "680729-9216", "Viktor Nilsson"),
            ("072-205 58 45", "030401-9557", "Ernst Hedström")]  # the engine's block 2
    words = []
    for n, r in enumerate(rows, 1):
        for w in _row(n, list(zip((0, 150, 280), r))):
            words.append(w if n < 4 else OcrWord(w.text, w.bbox, w.conf, (2, 1, n)))
    lines = [line for line in assemble(words).text.splitlines() if line]
    assert lines == ["\t".join(r) for r in rows]


def test_a_block_far_below_a_table_keeps_its_spaces():
    words = [w for n in (1, 2, 3) for w in _row(n, [(0, "90 12 34 56"), (130, "450725-2312")])]
    prose = _row(1, [(0, "Du kan ringe oss")])  # "oss" starts at the table's second column
    near = [OcrWord(w.text, (w.bbox[0], w.bbox[1] + 60, w.bbox[2], w.bbox[3] + 60), w.conf, (2, 1, 9)) for w in prose]
    far = [OcrWord(w.text, (w.bbox[0], w.bbox[1] + 200, w.bbox[2], w.bbox[3] + 200), w.conf, (2, 1, 9)) for w in prose]
    assert assemble(words + far).text.splitlines()[-1] == "Du kan ringe oss"
    assert assemble(words + near).text.splitlines()[-1] == "Du kan ringe\toss"  # a row of the table


def test_a_tables_header_and_last_row_cut_into_blocks_stay_rows_of_the_table():
    """The header row and the last row came as blocks of their own (zebra stripes, grid
    lines), the last row's words a few pixels off the columns: no blank line cuts the rows
    off from the header that names their column, and the last row keeps its cells."""
    big = 20  # px per character: the upscaled screenshot

    def cells(n: int, block: int, texts: tuple[str, ...], dx: int = 0) -> list[OcrWord]:
        out = []
        for x, text in zip((0, 200, 600), texts):
            x += dx
            for word in text.split(" "):
                out.append(OcrWord(word, (x, 40 * n, x + big * len(word), 40 * n + 24), 90.0, (block, 1, n)))
                x += big * (len(word) + 1)
        return out

    rows = [("Kundnr", "Namn", "Personnr"), ("29111", "Maria Johansson", "790705-9419"),
            ("48838", "Hanna Gustafsson", "470106-3325"), ("31790", "Michael Persson", "480728-1052"),
            ("76562", "Per Nordberg", "470525-9150")]
    words = cells(0, 1, rows[0]) + [w for n in (1, 2, 3) for w in cells(n, 2, rows[n])] + cells(4, 3, rows[4], dx=-5)
    assert assemble(words).text == "\n".join("\t".join(r) for r in rows)


def test_a_forms_cut_off_row_keeps_its_blank_line():
    """Label and value only (one column start): a form, not a table with a header row."""
    rows = [("Navn:", "Kari Nordmann"), ("Telefon:", "90 12 34 56"), ("E-post:", "kari@firma.no"),
            ("Fødselsdato:", "12.03.1965")]
    words = []
    for n, r in enumerate(rows, 1):
        for w in _row(n, list(zip((0, 150), r))):
            words.append(w if n < 4 else OcrWord(w.text, w.bbox, w.conf, (2, 1, n)))
    assert assemble(words).text.split("\n\n") == ["\n".join("\t".join(r) for r in rows[:3]), "\t".join(rows[3])]


def test_a_forms_value_column_a_few_pixels_ragged_is_still_one_column():
    rows = [("Navn:", "Kari Nordmann", 150), ("Telefon:", "90 12 34 56", 154), ("E-post:", "kari@firma.no", 150),
            ("Fødselsdato:", "12.03.1965", 152)]
    words = []
    for n, (label, value, x) in enumerate(rows, 1):
        for w in _row(n, [(0, label), (x, value)]):
            words.append(w if n < 4 else OcrWord(w.text, w.bbox, w.conf, (2, 1, n)))
    assert assemble(words).text.split("\n\n")[-1] == "Fødselsdato:\t12.03.1965"


def test_a_merged_header_cell_row_is_set_apart_from_the_tables_header_row():
    """'Kunde' spanning Navn and Personnr, 'Kontakt' spanning Mobil and E-post: the group row
    is no header row; joined to the table, it was read as the columns' header (Personnr's
    column headed 'Kontakt'), and every row but the first lost its label."""
    rows = [("Tobias Olofsson", "650305-0202", "070-648 24 73"), ("Siv Jakobsson", "730915-9528", "072-188 70 64"),
            ("Sofie Johansson", "460628-6195", "073-489 37 29")]
    words = (_row(1, [(60, "Kunde"), (300, "Kontakt")]) + _row(2, [(0, "Namn"), (180, "Personnr"), (320, "Mobil")])
             + [w for n, r in enumerate(rows, 3) for w in _row(n, list(zip((0, 180, 320), r)))])
    lines = assemble(words).text.split("\n")
    assert lines[:3] == ["Kunde\tKontakt", "", "Namn\tPersonnr\tMobil"]
    assert lines[3:] == ["\t".join(r) for r in rows]


def test_a_header_row_over_an_unlabelled_first_column_stays_with_its_table():
    rows = [("Kari Berg", "07058040171", "96 68 31 20"), ("Nina Sandvik", "20116197538", "99 63 92 84"),
            ("Egil Berge", "10095403900", "972 64 332")]
    words = _row(1, [(180, "Fødselsnr"), (320, "Mobil")]) + [
        w for n, r in enumerate(rows, 2) for w in _row(n, list(zip((0, 180, 320), r)))]
    # the empty cell over the first column is kept (a tab), so 'Fødselsnr' heads its own column
    assert assemble(words).text.split("\n")[:2] == ["\tFødselsnr\tMobil", "\t".join(rows[0])]


def test_a_header_row_over_a_row_number_gutter_keeps_its_column_numbers():
    """A spreadsheet's header row has nothing over the row numbers: without a leading empty
    cell, 'Personnummer' headed the names' column and the IDs lost their label."""
    rows = [("2", "Rolf Bohlin", "641125-5067", "070-303 92 39"), ("3", "Liam Palm", "960107-8794", "073-424 01 10"),
            ("4", "Sune Andersson", "770216-6344", "076-283 48 94")]
    words = _row(1, [(40, "Namn"), (200, "Personnummer"), (340, "Telefon")]) + [
        w for n, r in enumerate(rows, 2) for w in _row(n, list(zip((0, 40, 200, 340), r)))]
    lines = assemble(words).text.split("\n")
    assert lines[0] == "\tNamn\tPersonnummer\tTelefon"
    assert lines[1:] == ["\t".join(r) for r in rows]


def test_a_title_over_a_table_gets_no_leading_cells():
    rows = [("Kari Berg", "07058040171", "96 68 31 20"), ("Nina Sandvik", "20116197538", "99 63 92 84"),
            ("Egil Berge", "10095403900", "972 64 332")]
    words = _row(1, [(60, "Kundeliste")]) + _row(2, [(0, "Navn"), (180, "Fødselsnr"), (320, "Mobil")]) + [
        w for n, r in enumerate(rows, 3) for w in _row(n, list(zip((0, 180, 320), r)))]
    assert assemble(words).text.split("\n")[0] == "Kundeliste"


def test_spreadsheet_column_letters_are_set_apart_from_the_header_row():
    """'A B C D' over a sheet was its top row, taken as the header row: the IDs under
    'Personnummer' lost their label. Misread letters ('E' for 'C') still count."""
    rows = [("2", "Rolf Bohlin", "641125-5067", "070-303 92 39"), ("3", "Liam Palm", "960107-8794", "073-424 01 10"),
            ("4", "Sune Andersson", "770216-6344", "076-283 48 94")]
    words = (_row(1, [(80, "A"), (260, "B"), (400, "E"), (520, "D")])
             + _row(2, [(0, "1"), (40, "Namn"), (200, "Personnummer"), (340, "Telefon")])
             + [w for n, r in enumerate(rows, 3) for w in _row(n, list(zip((0, 40, 200, 340), r)))])
    lines = assemble(words).text.split("\n")
    assert lines[:3] == ["A\tB\tE\tD", "", "1\tNamn\tPersonnummer\tTelefon"]


def test_a_row_of_short_capitalised_words_out_of_order_stays_in_its_table():
    rows = [("Kari Berg", "07058040171", "NO"), ("Nina Sandvik", "20116197538", "SE"),
            ("Egil Berge", "10095403900", "DK")]
    words = _row(1, [(0, "Ny"), (180, "Ok"), (320, "Ja")]) + [
        w for n, r in enumerate(rows, 2) for w in _row(n, list(zip((0, 180, 320), r)))]
    assert assemble(words).text.split("\n")[:2] == ["Ny\tOk\tJa", "\t".join(rows[0])]


def test_column_letters_start_no_column_inside_the_cells_under_them():
    """A column letter sits over the middle of its column: it started a 'column' where the
    phone numbers' third group starts, and '+47 922 61 924' was cut by a tab."""
    rows = [("Kari Berg", "+47 922 61 924"), ("Nina Sandvik", "+47 908 00 246"), ("Egil Berge", "+47 985 73 416"),
            ("Ole Sæther", "+47 930 84 196")]
    words = (_row(1, [(60, "A"), (400, "B"), (600, "C")])
             + [w for n, r in enumerate(rows, 2) for w in _row(n, list(zip((0, 320), r)))])
    assert assemble(words).text.split("\n")[2:] == ["\t".join(r) for r in rows]


def test_rows_whose_row_number_was_lost_keep_the_names_column_number():
    """The engine read some row numbers and lost others: the rows without one started at the
    names column and had one cell fewer than the rows with one, so their IDs sat under the
    wrong header."""
    rows = [("2", "Fredrik Olsson", "120183-2701"), ("", "John Knutsen", "221097-2415"),
            ("", "Holger Ravn", "230597-3486"), ("", "Mette Jakobsen", "011066-1649"),
            ("10", "Berit Solberg", "050672-2063")]
    words = _row(1, [(200, "CPR-nr."), (340, "Telefon")])
    for n, r in enumerate(rows, 2):
        words += _row(n, [(x, c) for x, c in zip((0, 50, 200), r) if c] + [(340, "12 34 56 78")])
    lines = assemble(words).text.split("\n")
    assert lines[0] == "\t\tCPR-nr.\tTelefon"
    assert [ln.split("\t")[2] for ln in lines[1:]] == [r[2] for r in rows]


def test_a_sheet_cut_into_blocks_numbers_its_columns_from_the_same_first_column():
    """The engine read the header and first rows as one block (no row numbers in it) and the
    rest, row numbers included, as another: both count the gutter, a ragged name column
    (starts 3-4 px apart) is one column."""
    head = [("Name", "National ID", "Phone"), ("Ivar Strøm", "110194 13480", "+47 976 45 833"),
            ("Camilla Nguyen", "030392 37554", "91 62 32 35")]
    rest = [("8", "Sam Lewis", "210452 46199", "+47 917 10 585"),
            ("9", "Siv Knudsen", "200183 22219", "+47 446 16 744"),
            ("10", "Bengt Jarl", "07076918370", "+46 72 724 88 86")]
    words = []
    for n, r in enumerate(head, 1):
        words += [OcrWord(w.text, w.bbox, w.conf, (1, 1, n)) for w in _row(n, list(zip((53, 200, 340), r)))]
    for n, r in enumerate(rest, 5):
        words += [OcrWord(w.text, w.bbox, w.conf, (2, 2, n))
                  for w in _row(n, list(zip((0, 50 + 3 * (n % 2), 200, 340), r)))]
    lines = [ln for ln in assemble(words).text.split("\n") if ln]
    assert [ln.split("\t")[2] for ln in lines] == ["National ID"] + [r[1] for r in head[1:]] + [r[2] for r in rest]


def test_a_one_cell_line_over_a_sheet_gets_no_leading_cells():
    """Grey column letters read as '. —' over the header row: given an empty first cell it
    looked like a row of the sheet and was taken for its header row."""
    rows = [("Sara Lindqvist", "540908-1147", "072-980 56 92"), ("Gunnar Rasmussen", "981209-6692", "+47 449 28 045"),
            ("Maria Hallgren", "620517-8624", "+46 70 541 68 70")]
    words = _row(1, [(40, ". —")]) + _row(2, [(40, "Namn"), (200, "Personnummer"), (340, "Telefon")])
    words += _row(3, [(0, "aw"), (40, "Sondre Engen"), (200, "19740305-9319"), (340, "477 37 488")])
    words += [w for n, r in enumerate(rows, 4) for w in _row(n, list(zip((40, 200, 340), r)))]
    lines = assemble(words).text.split("\n")
    assert lines[0] == ". —"  # no empty cell before it
    assert "\tNamn\tPersonnummer\tTelefon" in lines


def test_a_cell_cut_off_from_its_row_inside_a_sheet_keeps_its_column():
    rows = [("Sanna Nilsson", "220545 32672", "072-298 56 24"), ("Svein Andersen", "28126024756", "+47 403 14 917"),
            ("Maryam Lidén", "541006-9289", "")]
    words = _row(1, [(40, "Name"), (200, "National ID"), (340, "Phone")])
    words += [w for n, r in enumerate(rows[:2], 2) for w in _row(n, list(zip((0, 40, 200, 340), ("2", *r))))]
    words += _row(4, [(340, "+46 70 011 29 01")]) + _row(5, list(zip((0, 40, 200), ("5", *rows[2][:2]))))
    lines = assemble(words).text.split("\n")
    assert lines[3] == "\t\t\t+46 70 011 29 01"


def test_column_letters_with_a_letter_misread_as_a_small_letter_are_still_chrome():
    rows = [("2", "Svea Lundberg", "870301-7007"), ("3", "Karin Olsson", "500704-0677"),
            ("4", "Ylva Andersson", "880410-2682")]
    words = (_row(1, [(80, "A"), (260, "B"), (400, "å")])
             + _row(2, [(0, "1"), (40, "Namn"), (200, "Personnummer")])
             + [w for n, r in enumerate(rows, 3) for w in _row(n, list(zip((0, 40, 200), r)))])
    assert assemble(words).text.split("\n")[:3] == ["A\tB\tå", "", "1\tNamn\tPersonnummer"]
    words = [OcrWord("(G", w.bbox, w.conf, w.line) if w.text == "å" else w for w in words]
    assert assemble(words).text.split("\n")[:3] == ["A\tB\t(G", "", "1\tNamn\tPersonnummer"]


def test_a_sheet_whose_every_row_is_a_block_keeps_its_rows_together_with_the_header():
    """Zebra rows: the engine made the header and each of the first rows a block of its own;
    only the row next to the table's block joined it, the others sat behind blank lines."""
    head = [(0, "Navn"), (180, "CPR-nr."), (320, "Telefon")]
    rows = [("Marius Solberg", "100256-2037", "94 13 92 76"), ("Tonje Ellingsen", "120855-1147", "45 31 04 18"),
            ("Lars Backman", "151059-2731", "55 53 43 30"), ("Mads Carlsen", "210255-1691", "23 28 30 40"),
            ("Per Lundblad", "070589-3942", "45 83 98 90"), ("Karlo Eriksen", "161090-2142", "45 09 13 55")]
    words = [OcrWord(w.text, w.bbox, w.conf, (1, 1, 1)) for w in _row(1, head)]
    for n, r in enumerate(rows, 2):
        block = (n, n, n) if n < 5 else (9, 9, n)
        words += [OcrWord(w.text, w.bbox, w.conf, block) for w in _row(n, list(zip((0, 180, 320), r)))]
    assert assemble(words).text.split("\n") == ["Navn\tCPR-nr.\tTelefon"] + ["\t".join(r) for r in rows]
