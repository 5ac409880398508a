"""The dev corpus's texts with every gold value swapped for a fresh one: same templates, new values.

../shared/eval/dev scores the detector on one draw of values. The hidden cases it is also judged
on are other texts; this asks the nearest question we can answer offline: with the *same*
sentences but other names, numbers and addresses, does the score hold? A drop means the detector
leans on the particular values of the dev corpus (a name that happens to be listed, a number
whose digits happen to dodge a rule), not on the shape and context of the text.

Each gold span is replaced by a value of the same type and form, drawn with a seed:

- PERSON: each word that is a listed first name or surname becomes another of its kind, with
  the word's case kept (``KARI``, ``kari``, ``Kari``) and a genitive ``s`` kept; within a record
  one word always maps to the same new word, and e-mail local parts are rewritten with the same
  map (``kari.nordmann@`` follows ``Kari Nordmann``).
- national IDs, organisation numbers, accounts, cards, IBANs: new digits with valid check digits,
  the same kind (D-, H- and synthetic numbers stay so; Swedish samordningsnummer too; Finnish
  century signs kept) and the original's separators and grouping;
- phones, passports, IPs, GPS: the trailing digits redrawn, the separators and prefixes kept;
- dates of birth: another date in the same written form;
- street addresses: the house number redrawn, and a ``NNNN Place`` postcode swapped for another
  real one from ../shared/data/places.

With ``--mix-forms`` each name or number is written instead in the form of another value of
its type in another text of the same language (a fødselsnummer with a space where this text had
none, a name in lower case or in capitals as another text writes one): the templates meet forms the corpus
never put in them. Images are left out (their values are pixels). The new corpus is written as ``gold.jsonl`` in a
temporary folder and scored with ../shared/eval/score.py like the dev set itself.

    .venv/bin/python benchmarks/dev_resample.py [--seeds 1,2,3] [--keep DIR]
        [--cmd ".venv/bin/python -m pii_scanner.cli detect"]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn

SHARED = Path(__file__).resolve().parents[2] / "shared"
NAMES = SHARED / "data" / "names"
PLACES = SHARED / "data" / "places"


def _lines(path: Path) -> list[str]:
    return [w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()]


class Pools:
    def __init__(self) -> None:
        def listed(*files: str) -> list[str]:
            return [w for f in files for w in _lines(NAMES / f) if w.isalpha() and len(w) > 2]

        def counted(path: Path, top: int) -> list[str]:
            rows = [r for r in (l.split("\t") for l in _lines(path)[1:]) if r[-1].isdigit()]
            rows.sort(key=lambda r: -int(r[-1]))
            return [r[0] for r in rows[:top] if r[0].isalpha() and len(r[0]) > 2]

        first = listed("no_first_names.txt", "se_first_names.txt", "dk_first_names.txt")
        last = listed("no_surnames.txt", "se_surnames.txt", "dk_surnames.txt")
        self.first_set = {w.lower() for w in first}
        self.last_set = {w.lower() for w in last}
        # Real tickets carry mostly common names: draw from the most frequent part of SSB's and
        # SCB's counts, with the Danish lists (no counts) and the long tail now and then.
        se_counts = NAMES / "se_given_names_scb2020_counts.tsv"
        self.first_common = counted(NAMES / "no_first_names_ssb_counts.tsv", 800)
        self.first_rest = listed("dk_first_names.txt") + first[::7]
        self.last_common = counted(NAMES / "no_surnames_ssb_counts.tsv", 1500)
        self.last_rest = listed("se_surnames.txt", "dk_surnames.txt")
        self.postcodes = [tuple(l.split("\t")[:2]) for l in _lines(PLACES / "no_postal_codes.tsv")]
        self.place_set = {p.lower() for _, p in self.postcodes}


def _case_like(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    return new[:1].upper() + new[1:].lower()


def _fold(s: str) -> str:
    return (s.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
            .replace("ä", "a").replace("ö", "o").replace("é", "e").replace("ü", "u"))


class Resampler:
    def __init__(self, pools: Pools, rng: random.Random) -> None:
        self.p, self.rng = pools, rng
        self.words: dict[str, str] = {}

    # --- names -------------------------------------------------------------------------------
    def _new_word(self, word: str, surname: bool) -> str:
        key = word.lower()
        if key not in self.words:
            if key in self.p.last_set and (surname or key not in self.p.first_set):
                common, rest, kind = self.p.last_common, self.p.last_rest, self.p.last_set
            elif key in self.p.first_set:
                common, rest, kind = self.p.first_common, self.p.first_rest, self.p.first_set
            else:
                return word
            new = key
            while new.lower() == key or new.lower() not in kind:
                new = self.rng.choice(common if self.rng.random() < 0.8 else rest)
            self.words[key] = new
        return _case_like(self.words[key], word)

    def person(self, value: str) -> str:
        names = self.p.first_set | self.p.last_set
        count = [0]

        def one(m: re.Match) -> str:
            word = m.group(0)
            base, tail = word, ""
            if len(word) > 3 and word[-1] in "sS" and word[:-1].lower() in names \
                    and word.lower() not in names:
                base, tail = word[:-1], word[-1]
            # 'Hansen, Kari' puts the surname first; otherwise words after the first are surnames
            surname = count[0] > 0 if "," not in value else count[0] == 0
            count[0] += 1
            return self._new_word(base, surname) + tail
        return re.sub(r"[^\W\d_]+", one, value)

    def email(self, value: str) -> str:
        m = re.search(r"\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+|\s*@\s*", value, re.I)
        if not m:
            return value
        local, at, domain = value[:m.start()], m.group(0), value[m.end():]
        folded = [(_fold(k), _fold(v)) for k, v in self.words.items()]

        def one(m: re.Match) -> str:
            word = m.group(0).lower()
            for old, new in folded:
                if word == old:
                    return new
            for old, new in folded:  # 'kari' + 'n', 'k' + 'nordmann', 'kn'
                if word.endswith(old) and len(word) > len(old):
                    head = word[: -len(old)]
                    for old2, new2 in folded:
                        if old2.startswith(head):
                            return new2[: len(head)] + new
            if len(word) <= 3 and all(any(o.startswith(c) for o, _ in folded) for c in word):
                return "".join(next(n for o, n in folded if o.startswith(c))[0] for c in word)
            for old, new in folded:
                if word.startswith(old) and len(word) > len(old):
                    return new + word[len(old):]
            return m.group(0)
        return re.sub(r"[A-Za-z]+", one, local) + at + domain

    # --- digits ------------------------------------------------------------------------------
    @staticmethod
    def _put_digits(template: str, digits: str) -> str:
        it = iter(digits)
        return "".join(next(it) if c.isdigit() else c for c in template)

    def _redraw_tail(self, value: str, keep: int) -> str:
        digits = re.sub(r"\D", "", value)
        new = digits[:keep] + "".join(self.rng.choice("0123456789") for _ in digits[keep:])
        return self._put_digits(value, new)

    def _date(self, lo: int = 1935, hi: int = 2005) -> dt.date:
        return dt.date(self.rng.randint(lo, hi), 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))

    def fodselsnummer(self, value: str) -> str:
        d = re.sub(r"\D", "", value)
        if len(d) != 11:
            return value
        day, month = int(d[:2]), int(d[2:4])
        for _ in range(1000):
            born = self._date(1940, 2005)
            individual = self.rng.randint(0, 499) if born.year < 2000 else self.rng.randint(500, 999)
            dd = born.day + (40 if day > 40 else 0)
            mm = born.month + (40 if 40 < month < 80 else 80 if month > 80 else 0)
            head = f"{dd:02d}{mm:02d}{born.year % 100:02d}{individual:03d}"
            k1 = 11 - sum(int(a) * w for a, w in zip(head, (3, 7, 6, 1, 8, 9, 4, 5, 2))) % 11
            k1 = 0 if k1 == 11 else k1
            if k1 == 10:
                continue
            head += str(k1)
            k2 = 11 - sum(int(a) * w for a, w in zip(head, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))) % 11
            k2 = 0 if k2 == 11 else k2
            if k2 == 10:
                continue
            return self._put_digits(value, head + str(k2))
        return value

    def personnummer(self, value: str) -> str:
        d = re.sub(r"\D", "", value)
        if len(d) not in (10, 12):
            return value
        coord = int(d[-8:-6]) > 60
        born = self._date(1940, 2005)
        yy = f"{born.year:04d}" if len(d) == 12 else f"{born.year % 100:02d}"
        head = f"{yy}{born.month:02d}{born.day + (60 if coord else 0):02d}{self.rng.randint(0, 999):03d}"
        new = head + luhn.calc_check_digit(head[-9:])
        return self._put_digits(value, new)

    def cpr(self, value: str) -> str:
        d = re.sub(r"\D", "", value)
        if len(d) != 10:
            return value
        weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
        for _ in range(1000):
            born = self._date(1940, 1999)
            seq = self.rng.randint(0, 3999)
            new = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{seq:04d}"
            if sum(int(a) * w for a, w in zip(new, weights)) % 11 == 0:
                return self._put_digits(value, new)
        return value

    def hetu(self, value: str) -> str:
        m = re.fullmatch(r"(\d{6})([-+A-FU-Y])(\d{3})([0-9A-Y])", value.strip())
        if not m:
            return value
        sign = m.group(2)
        lo, hi = (2000, 2020) if sign in "ABCDEF" else (1900, 1999) if sign in "-UVWXY" else (1850, 1899)
        born = self._date(lo, hi)
        six = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}"
        zzz = f"{self.rng.randint(2, 899):03d}"
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(six + zzz) % 31]
        return value.replace(m.group(0), six + sign + zzz + check)

    def mod11(self, value: str, weights: tuple[int, ...], keep: int) -> str:
        d = re.sub(r"\D", "", value)
        if len(d) != len(weights) + 1:
            return value
        for _ in range(1000):
            head = d[:keep] + "".join(self.rng.choice("0123456789") for _ in range(len(weights) - keep))
            r = 11 - sum(int(a) * w for a, w in zip(head, weights)) % 11
            if r == 10:
                continue
            return self._put_digits(value, head + str(0 if r == 11 else r))
        return value

    def card(self, value: str) -> str:
        d = re.sub(r"\D", "", value)
        head = d[:6] + "".join(self.rng.choice("0123456789") for _ in d[6:-1])
        return self._put_digits(value, head + luhn.calc_check_digit(head))

    def iban(self, value: str) -> str:
        compact = re.sub(r"\s", "", value).upper()
        for _ in range(1000):
            if compact.startswith("NO"):
                acct = self.mod11(compact[4:], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 4)
                body = compact[:2] + "00" + acct
            else:
                tail = "".join(self.rng.choice("0123456789") for _ in range(4))
                body = compact[:2] + "00" + compact[4:-4] + tail
            new = body[:2] + std_iban.calc_check_digits(body) + body[4:]
            if std_iban.is_valid(new):
                it = iter(new)
                out = "".join(c if c.isspace() else next(it) for c in value)
                return out if value[:2].isupper() else out.lower()
        return value

    def dob(self, value: str) -> str:
        born = self._date(1940, 2005)
        d = re.sub(r"\D", "", value)
        if re.search(r"[^\W\d_]", value):
            # a month written as a word: the day (1-28, a day of every month) and the year
            # redrawn, the month kept
            out = re.sub(r"\b\d{4}\b", str(born.year), value, count=1)
            day = min(born.day, 28)
            return re.sub(r"\b\d{1,2}\b", lambda m: f"{day:0{len(m.group(0))}d}", out, count=1)
        if re.fullmatch(r"\d{1,2}\D\d{1,2}\D\d{4}", value):
            parts = re.split(r"(\D)", value)
            first, second = int(parts[0]), int(parts[2])
            if first > 12 or second <= 12 and "." in value or "-" in value:
                a, b = born.day, born.month
            else:
                a, b = born.month, born.day
            return (f"{a:0{len(parts[0])}d}{parts[1]}{b:0{len(parts[2])}d}{parts[3]}{born.year}")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return born.isoformat()
        if len(d) == 8 and d[:2] in ("19", "20"):
            return self._put_digits(value, f"{born.year}{born.month:02d}{born.day:02d}")
        if len(d) == 6:
            return self._put_digits(value, f"{born.day:02d}{born.month:02d}{born.year % 100:02d}")
        if len(d) == 8:
            return self._put_digits(value, f"{born.day:02d}{born.month:02d}{born.year}")
        return value

    def street(self, value: str) -> str:
        def number(m: re.Match) -> str:
            return str(self.rng.randint(1, 120))
        out = re.sub(r"(?<=[^\W\d_] )\d{1,3}(?=[A-Za-z]?\b)", number, value, count=1)
        m = re.search(r"\b(\d{4}) ([^\W\d_][\w .-]*?)$", out)
        if m and m.group(2).strip().lower() in self.p.place_set:
            code, place = self.rng.choice(self.p.postcodes)
            place = place.title() if not m.group(2).isupper() else place.upper()
            out = out[:m.start()] + f"{code} {place}"
        return out

    def value(self, etype: str, value: str) -> str:
        if etype == "PERSON":
            return self.person(value)
        if etype == "EMAIL_ADDRESS":
            return self.email(value)
        if etype == "NO_FODSELSNUMMER":
            return self.fodselsnummer(value)
        if etype == "SE_PERSONNUMMER":
            return self.personnummer(value)
        if etype == "DK_CPR":
            return self.cpr(value)
        if etype == "FI_PERSONAL_IDENTITY_CODE":
            return self.hetu(value)
        if etype == "NO_ORGNR":
            return self.mod11(value, (3, 2, 7, 6, 5, 4, 3, 2), 1)
        if etype == "NO_BANK_ACCOUNT":
            return self.mod11(value, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 4)
        if etype == "CREDIT_CARD":
            return self.card(value)
        if etype == "IBAN_CODE":
            return self.iban(value)
        if etype == "PHONE_NUMBER":
            n = len(re.sub(r"\D", "", value))
            return self._redraw_tail(value, max(n - 5, 0))
        if etype in ("PASSPORT_NUMBER",):
            return self._redraw_tail(value, 1)
        if etype == "IP_ADDRESS":
            if ":" in value:  # IPv6: the last group redrawn in hex, as long as it was
                return re.sub(r"[0-9a-fA-F]+$", lambda m: "".join(
                    self.rng.choice("0123456789abcdef") for _ in m.group(0)), value)
            return re.sub(r"\d+$", lambda m: str(self.rng.randint(2, 250)), value)
        if etype == "GPS_COORDINATES":
            return re.sub(r"(?<=\.)(\d*?)(\d{1,3})(?=\D|$)",
                          lambda m: m.group(1) + "".join(self.rng.choice("0123456789") for _ in m.group(2)),
                          value)
        if etype == "DATE_OF_BIRTH":
            return self.dob(value)
        if etype == "STREET_ADDRESS":
            return self.street(value)
        return value


#: Types whose written form may be borrowed from another text of the same language
#: (``--mix-forms``); addresses and birth dates keep their own (their forms follow the country).
MIXABLE = frozenset({"NO_FODSELSNUMMER", "SE_PERSONNUMMER", "DK_CPR", "NO_ORGNR",
                     "NO_BANK_ACCOUNT", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER", "PERSON"})


def forms_by_language(records: list[dict]) -> dict[tuple[str, str], list[str]]:
    """Every gold value of the corpus, by (language, type): the forms ``--mix-forms`` borrows."""
    forms: dict[tuple[str, str], list[str]] = {}
    for rec in records:
        for g in rec["gold"]:
            if g["entity_type"] in MIXABLE:
                forms.setdefault((rec.get("lang") or "", g["entity_type"]), []).append(
                    rec["text"][g["start"]:g["end"]])
    return forms


def resample_record(rec: dict, pools: Pools, rng: random.Random,
                    forms: dict[tuple[str, str], list[str]] | None = None) -> dict:
    """``rec`` with fresh values; with ``forms``, each mixable value is written in the form of
    another value of its type and language drawn from them (a fødselsnummer written as another
    text writes one; a name in lower case or in capitals as another is), so templates meet other
    forms."""
    rs = Resampler(pools, rng)
    text, gold = rec["text"], sorted(rec["gold"], key=lambda g: g["start"])
    # Names first, so that e-mail local parts can follow them.
    new_values = {}
    for g in sorted(gold, key=lambda g: g["entity_type"] != "PERSON"):
        value = text[g["start"]:g["end"]]
        pool = forms.get((rec.get("lang") or "", g["entity_type"])) if forms else None
        form = rng.choice(pool) if pool else None
        if form is not None and g["entity_type"] != "PERSON":
            value = form
        new = rs.value(g["entity_type"], value)
        if form is not None and g["entity_type"] == "PERSON":
            # a name keeps its words (its e-mail address follows them) and takes the case only
            new = new.lower() if form.islower() else new.upper() if form.isupper() else new
        new_values[(g["start"], g["end"])] = new
    out, new_gold, pos = [], [], 0
    for g in gold:
        if g["start"] < pos:  # overlapping gold spans: keep the text, drop nothing
            continue
        out.append(text[pos:g["start"]])
        start = sum(map(len, out))
        new = new_values[(g["start"], g["end"])]
        out.append(new)
        new_gold.append({**g, "start": start, "end": start + len(new)})
        pos = g["end"]
    out.append(text[pos:])
    return {**rec, "text": "".join(out), "gold": new_gold}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", default=str(SHARED / "eval" / "dev"))
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--cmd", default=f"{sys.executable} -m pii_scanner.cli detect")
    ap.add_argument("--keep", help="write the resampled corpora under this folder")
    ap.add_argument("--mix-forms", action="store_true",
                    help="write names and numbers in the forms other texts of the language use")
    args = ap.parse_args()
    pools = Pools()
    records = [json.loads(l) for l in open(Path(args.dev) / "gold.jsonl", encoding="utf-8")]
    texts = [r for r in records if "text" in r]
    forms = forms_by_language(texts) if args.mix_forms else None
    score = SHARED / "eval" / "score.py"
    results = {}
    for seed in [int(s) for s in args.seeds.split(",")]:
        rng = random.Random(seed)
        folder = Path(args.keep) / f"seed{seed}" if args.keep else Path(tempfile.mkdtemp())
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "gold.jsonl", "w", encoding="utf-8") as f:
            for rec in texts:
                f.write(json.dumps(resample_record(rec, pools, rng, forms), ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, str(score), str(folder), "--cmd", args.cmd],
                             capture_output=True, text=True)
        print(f"== seed {seed} ({len(texts)} texts) ==")
        print(res.stdout.rstrip())
        m = re.search(r"micro_f1=([\d.]+)", res.stdout)
        results[seed] = float(m.group(1)) if m else float("nan")
    print("RESAMPLE " + " ".join(f"seed{s}={v:.4f}" for s, v in results.items()))


if __name__ == "__main__":
    main()
