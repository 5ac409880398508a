"""HTML → text keeps a character map back into the HTML source."""

from hypothesis import given, strategies as st

from pii_scanner.extract.html import html_to_text, map_span


def test_blocks_become_line_breaks_and_scripts_vanish():
    text, _ = html_to_text("<div><p>Hei</p><script>var fnr='x'</script><p>Kari<br>Nordmann</p></div>")
    assert text == "Hei\n\nKari\nNordmann"  # paragraphs apart by their margins, as shown


def test_entities_and_charrefs_map_back_whole():
    html = "<p>Tom &amp; Jerry&#33; caf&eacute;</p>"
    text, offsets = html_to_text(html)
    assert text == "Tom & Jerry! café"
    i = text.index("&")
    assert html[slice(*map_span(html, offsets, i, i + 1))] == "&amp;"
    j = text.index("café")
    assert html[slice(*map_span(html, offsets, j, j + 4))] == "caf&eacute;"


def test_span_across_tags_maps_to_enclosing_html():
    html = "<p>fnr <b>010190</b> 12345</p>"
    text, offsets = html_to_text(html)
    s = text.index("010190")
    start, end = map_span(html, offsets, s, s + 12)
    assert html[start:end] == "010190</b> 12345"


def test_multiline_source_offsets():
    html = "<div>\n  <p>linje en</p>\n  <p>Ola\nNordmann</p>\n</div>"
    text, offsets = html_to_text(html)
    k = text.index("Nordmann")
    assert html[slice(*map_span(html, offsets, k, k + 8))] == "Nordmann"


def test_broken_html_does_not_raise():
    for junk in ["<p", "<<>>&&;", "<a href='x>y</a>", "&#xZZ;", "<p>\udcff</p>", ""]:
        text, offsets = html_to_text(junk)
        assert len(text) == len(offsets)


@given(st.lists(st.text(alphabet="abcæøå 0123456789", min_size=1, max_size=12), min_size=1, max_size=6))
def test_every_text_char_maps_to_the_same_source_char(words):
    html = "".join(f"<p><span>{w}</span></p>" for w in words)
    text, offsets = html_to_text(html)
    assert len(text) == len(offsets)
    for ch, off in zip(text, offsets):
        if ch != "\n":
            assert html[off] == ch


def test_a_table_reads_as_a_pasted_one_so_headers_stay_the_context_of_their_cells():
    from pii_scanner.detect.engine import build_detector
    from pii_scanner.detect.options import DetectOptions

    html = ("<p>Utdrag:</p><table><tr><th>Navn</th><th>Telefon</th><th>E-post</th></tr>"
            "<tr><td>Aneta Valderhaug</td><td>43005500</td><td>av@firma.no</td></tr>"
            "<tr><td></td><td>43066624</td><td></td></tr></table><p>Mvh</p>")
    text, offsets = html_to_text(html)
    assert text == ("Utdrag:\n\nNavn\tTelefon\tE-post\nAneta Valderhaug\t43005500\tav@firma.no\n"
                    "\t43066624\t\n\nMvh")  # (a paragraph's margins: a blank line)
    # numbers that only a 'Telefon' column makes phones (possible, not assigned ranges)
    found = build_detector(DetectOptions(use_ner=False)).analyze(text, "nb")
    phones = [html[slice(*map_span(html, offsets, f.start, f.end))] for f in found
              if f.entity_type == "PHONE_NUMBER"]
    assert phones == ["43005500", "43066624"]


def test_a_source_line_break_after_br_is_no_second_break():
    """Mail clients write 'row<br>\\n': a reader sees one break, so the text holds one (a label
    line stays right above its value, a pasted sheet's rows stay adjacent), for every caller
    (e-mail bodies, HTML attachments, HTML comments); inside <pre> the source's breaks count."""
    html = ("Fødselsnummer:<br>\r\n  12058695082<br/>\nNavn\tTlf<br>\nKari\t41<br>\n"
            "<pre>a<br>\nb</pre>")
    text, offsets = html_to_text(html)
    assert text == "Fødselsnummer:\n12058695082\nNavn\tTlf\nKari\t41\na\n\nb"
    for ch, off in zip(text, offsets):
        if ch not in "\n\t":
            assert html[off] == ch
    assert html_to_text("a<br> b")[0] == "a\n b"  # (only a break in the whitespace is dropped)


def test_indented_source_is_whitespace_a_reader_never_sees():
    """Pretty-printed cells and Outlook's wrapped source lines: a source line break (and the
    indentation around it) is one space inside text and nothing at a line's or a cell's edge,
    so a label cell and its value cell stay one row and a wrapped name stays one line."""
    html = ("<table>\n  <tr>\n    <td>\n      <b>Mobil:</b>\n    </td>\n    <td>\n"
            "      412 34 567\n    </td>\n  </tr>\n</table>\n"
            "<p class=MsoNormal>Hilsen<br>\nKari\r\nNordmann<o:p></o:p></p>")
    text, offsets = html_to_text(html)
    assert text == "Mobil:\t412 34 567\nHilsen\nKari Nordmann"
    k = text.index("Kari Nordmann")
    assert html[slice(*map_span(html, offsets, k, k + 13))] == "Kari\r\nNordmann"
    # a field copied out of HTML into plain text writes its lines as line breaks, not tags
    assert html_to_text("Hei\nAdresse: Storgata&nbsp;1\nMvh&nbsp;Kari")[0] == \
        "Hei\nAdresse: Storgata\xa01\nMvh\xa0Kari"


def test_plain_text_with_a_few_tags_in_it_keeps_its_lines():
    """A plain ticket that mentions markup ('feil med <p> og <br> i malen') is read as HTML for
    its tags, but its line breaks are its lines: the signature stays under the sign-off (it was
    run into one line with the rest)."""
    text = html_to_text("Hei\nJeg får feil med <p> og <br> i malen.\nMvh\nKari Nordmann\n"
                        "Tlf 41234567\n")[0]
    assert text.split("\n")[-3:] == ["Mvh", "Kari Nordmann", "Tlf 41234567"]
