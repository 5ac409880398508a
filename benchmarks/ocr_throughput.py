"""OCR throughput and what each preprocessing step costs and buys.

On the dev corpus's screenshots (``../shared/eval/dev``) it prints:

* per preprocessing variant: seconds per screenshot (one process) and the share of gold
  values whose exact text appears in the OCR output (a detector-independent ceiling on recall);
* screenshots/s per core with the default settings, and with a process pool over all cores,
  and the pool's speed-up; CPU seconds per screenshot too, since wall-clock rates on a
  shared machine say more about the neighbours than about us;
* PDF pages/s for text-layer pages and for scanned pages (rendered and OCR'd).

Run: ``python benchmarks/ocr_throughput.py [--corpus DIR] [--limit N] [--variants]``.
The last line is ``RATIO pool_speedup=<x> screenshots_per_s_per_core=<y>``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "extract"))  # generated PDF fixtures

from PIL import Image  # noqa: E402

from pii_scanner.extract.attachments import ExtractLimits, extract_bytes  # noqa: E402
from pii_scanner.extract.images import ocr_image  # noqa: E402
from pii_scanner.extract.ocr import TesseractOCR  # noqa: E402
from pii_scanner.extract.pool import ExtractPool  # noqa: E402
from pii_scanner.extract.preprocess import Preprocess  # noqa: E402

VARIANTS = {
    "raw (colour, 1x)": Preprocess(upscale=1.0, grayscale=False, invert_dark=False),
    "grayscale 1x": Preprocess(upscale=1.0),
    "grayscale 1.5x": Preprocess(upscale=1.5),
    "grayscale 2x (default)": Preprocess(),
    "grayscale 2x + Otsu": Preprocess(threshold=True),
    "grayscale 3x": Preprocess(upscale=3.0),
}


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (tesseract runs as a child).
    Unlike wall time it does not grow when other jobs share the cores."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def load(corpus: Path, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in (corpus / "gold.jsonl").open(encoding="utf-8") if '"image"' in line]
    return rows[:limit] if limit else rows


def value_recall(rows: list[dict], texts: list[str]) -> float:
    hit = total = 0
    for row, text in zip(rows, texts):
        flat = " ".join(text.split())
        for g in row["gold"]:
            total += 1
            hit += " ".join(g["value"].split()) in flat
    return hit / max(total, 1)


def run_variants(corpus: Path, rows: list[dict], ocr: TesseractOCR) -> None:
    print(f"{'variant':28} {'wall s/shot':>11} {'CPU s/shot':>10} {'value recall':>12}")
    for name, prep in VARIANTS.items():
        t, c = time.perf_counter(), cpu_seconds()
        texts = [ocr_image(Image.open(corpus / r["image"]).convert("RGB"), ocr, prep).text for r in rows]
        dt, dc = (time.perf_counter() - t) / len(rows), (cpu_seconds() - c) / len(rows)
        print(f"{name:28} {dt:11.2f} {dc:10.2f} {value_recall(rows, texts):12.3f}")


def screenshots_per_s(files: list[tuple[bytes, str]], workers: int, ocr: TesseractOCR) -> float:
    with ExtractPool(ExtractLimits(), ocr, workers) as pool:
        if workers > 1:  # start the workers before timing
            list(pool.map(files[: 2 * workers]))
        t = time.perf_counter()
        results = list(pool.map(files))
        dt = time.perf_counter() - t
    assert all(not r.errors for r in results)
    return len(files) / dt


def pdf_rates(ocr: TesseractOCR) -> tuple[float, float]:
    from extract_fixtures import image_pdf, text_image, text_pdf

    pages = 100
    text = text_pdf([[f"Side {i}", "Leietaker Kari Nordmann, fnr 13124723633, kari@example.no"] * 20
                     for i in range(pages)])
    t = time.perf_counter()
    extract_bytes(text, None, ExtractLimits(max_pages=pages), ocr)
    text_rate = pages / (time.perf_counter() - t)
    scans = 3
    page = text_image([f"Skannet side, linje {i}: Kari Nordmann 13124723633" for i in range(25)], size=20, width=1100)
    t = time.perf_counter()
    for _ in range(scans):
        extract_bytes(image_pdf(page, dpi=100), None, ExtractLimits(), ocr)
    return text_rate, scans / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "eval" / "dev")
    ap.add_argument("--limit", type=int, default=None, help="use the first N screenshots")
    ap.add_argument("--variants", action="store_true", help="also time each preprocessing variant")
    ap.add_argument("--langs", default="nor+eng")
    args = ap.parse_args()
    rows = load(args.corpus, args.limit)
    ocr = TesseractOCR(args.langs)
    cores = os.cpu_count() or 1
    print(f"{len(rows)} screenshots, {cores} cores, tesseract langs {args.langs}")
    if args.variants:
        run_variants(args.corpus, rows, ocr)
    files = [((args.corpus / r["image"]).read_bytes(), r["image"]) for r in rows]
    c = cpu_seconds()
    one = screenshots_per_s(files, 1, ocr)
    cpu_per_shot = (cpu_seconds() - c) / len(files)
    many = screenshots_per_s(files, cores, ocr) if cores > 1 else one
    print(f"screenshots/s, 1 process:        {one:.2f}  (CPU {cpu_per_shot:.2f} s each: "
          f"{1 / cpu_per_shot:.2f} per busy core)")
    print(f"load average while measuring:    {os.getloadavg()[0]:.1f} on {cores} cores")
    print(f"screenshots/s, pool of {cores}:        {many:.2f}  (per core {many / cores:.2f})")
    text_rate, scan_rate = pdf_rates(ocr)
    print(f"PDF pages/s, text layer:         {text_rate:.1f}")
    print(f"PDF pages/s, scanned (OCR):      {scan_rate:.2f}")
    print(f"RATIO pool_speedup={many / one:.2f} screenshots_per_s_per_core={many / cores:.2f} "
          f"screenshots_per_cpu_s={1 / cpu_per_shot:.2f}")


if __name__ == "__main__":
    main()
