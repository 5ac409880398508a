"""Instructions the detector executes per analysis, this tree against a baseline commit.

Wall-clock and CPU time on a shared 2-core VM move by 10-30 % between runs, more than most
single optimisations gain; an instruction count under valgrind's callgrind does not (the same
code on the same texts gives the same count to about 0.02 %: three runs of one baseline
measured 413.35M-413.44M instructions for twenty 1 KB texts). This script counts
the instructions of ``analyze`` calls only (the model loaded and a warm-up first, both outside
the count: as many texts of the same size, drawn with another seed, so that what a detector
does once, such as a pattern compiled on its first use since round 32U, is not counted as
per-analysis work) on the throughput benchmark's synthetic texts, for the working tree's
``src/`` and for a baseline revision checked out into a temporary git worktree, and prints both
and their ratio. Instructions are not time (cache misses, the model's BLAS kernels and the
regex engine's memory traffic weigh differently), so a speed claim still needs
``detect_throughput.py``; but a change that should cost nothing can be checked to cost
nothing, and a 3 % gain can be seen at all.

    .venv/bin/python benchmarks/detect_instructions.py --baseline HEAD~1 [--sizes 1000x20,10000x3,100000x1]

Needs ``valgrind`` (Debian package ``valgrind``; not installed by ``make setup``). Each count
takes about a minute (the detector runs ~50x slower under callgrind).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: run inside callgrind: build the detector, warm it up, count only the analyses
_CHILD = r"""
import os, subprocess, sys
sys.path.insert(0, {bench!r})
from detect_throughput import sized_texts, synthetic_tickets
from pii_scanner.detect.engine import build_detector
from pii_scanner.detect.options import DetectOptions

size, count = {size}, {count}
detector = build_detector(DetectOptions(use_ner=True))
texts = sized_texts(synthetic_tickets(2000), size, count)
for text in sized_texts(synthetic_tickets(2000, seed=8), size, count):  # (other texts: warm-up)
    detector.analyze(text, "nb")
subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True)
for text in texts:
    detector.analyze(text, "nb")
subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=True)
"""


def count_instructions(src: Path, size: int, count: int) -> int:
    """Instructions of ``count`` analyses of ``size``-char texts with the package in ``src``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        script = Path(tmp) / "child.py"
        script.write_text(_CHILD.format(bench=str(REPO / "benchmarks"), size=size, count=count))
        env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
        subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                        f"--callgrind-out-file={out}", sys.executable, str(script)],
                       env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for line in out.read_text().splitlines():
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("callgrind wrote no totals line")


def _sizes(spec: str) -> list[tuple[int, int]]:
    pairs = []
    for item in spec.split(","):
        size, _, count = item.partition("x")
        pairs.append((int(size), int(count or 1)))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--sizes", default="1000x20,10000x3,100000x1",
                        help="SIZExCOUNT,... texts per count (default 1000x20,10000x3,100000x1)")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    sizes = _sizes(args.sizes)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(base),
                        args.baseline], check=True, capture_output=True)
        try:
            print(f"{'texts':<14}{'baseline':>16}{'this tree':>16}{'ratio':>8}")
            for size, count in sizes:
                before = count_instructions(base / "src", size, count)
                after = count_instructions(REPO / "src", size, count)
                print(f"{f'{size // 1000} KB x{count}':<14}{before:>16,}{after:>16,}"
                      f"{after / before:>8.3f}", flush=True)
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(base)],
                           check=False, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
