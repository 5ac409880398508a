"""Build the corpora, train, evaluate on NorNE dev and package ``models/nb_pii_ner``.

    python models/recipe/train.py                      # the full recipe (make model)
    python models/recipe/train.py --limit 200 --max-steps 20 --output /tmp/m   # smoke run

Corpora (.spacy) are written to ``models/training/`` (git-ignored): NorNE source texts may be
used for training but not republished, so they never land in the repository. The shipped
directory holds the pipeline, ``meta.json`` with the dev figures, and ``models/METRICS.json``
is written next to it.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import time
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import evaluate  # noqa: E402
import foreign_names  # noqa: E402
import helpdesk  # noqa: E402
import norne  # noqa: E402
import model_package  # noqa: E402
import pretrain  # noqa: E402
import swap  # noqa: E402
from pii_scanner.detect.ner import name_features  # noqa: E402,F401  (registers the factory)

TRAIN_FILES, NYNORSK_TRAIN = norne.TRAIN_FILES, norne.NYNORSK_TRAIN
MODEL_NAME, VERSION = model_package.MODEL_NAME, model_package.VERSION


def split_heldout(sourced: list[tuple[str, Doc]], share: float, seed: int) -> tuple[list[Doc], list[Doc]]:
    """(train, held-out): ``share`` of the NDT documents (whole documents, seeded) go to held-out.

    Checkpoints are chosen on the held-out documents, so NorNE dev is only reported, never tuned on.
    At least one document is held out and one kept; with a single document its last sentences are.
    """
    names = sorted({name for name, _ in sourced})
    if len(names) < 2:
        cut = len(sourced) - max(1, round(len(sourced) * share))
        docs = [doc for _, doc in sourced]
        return docs[:cut], docs[cut:]
    count = min(len(names) - 1, max(1, round(len(names) * share)))
    held = set(random.Random(seed).sample(names, count))
    train = [doc for name, doc in sourced if name not in held]
    heldout = [doc for name, doc in sourced if name in held]
    return train, heldout


def build_corpora(
    data_dir: Path, work: Path, *, limit: int, synthetic: int, seed: int, heldout_share: float,
    swap_share: float = 0.0, swap_labels: tuple[str, ...] = ("PER",), swap_mix: swap.SwapMix = swap.SwapMix(),
    raw_text: Path | None = None, nno_repeat: float = 1.0, facts_share: float = 0.3,
    with_pos: bool = False,
) -> tuple[dict[str, Path], float]:
    """Write train.spacy (NorNE nob+nno train minus held-out documents, + renamed copies of
    ``swap_share`` of its sentences with a ``swap_labels`` span (swap.py), + synthetic, shuffled),
    heldout.spacy (the held-out NDT documents: checkpoint selection) and dev.spacy (nob+nno dev,
    only reported). Returns the paths and the train corpus's growth in words from the repeats.
    With ``nno_repeat`` > 1 the kept nynorsk train sentences appear that many times
    (repeat_docs). With ``raw_text``, the kept NorNE train sentences and the synthetic snippets
    (never held-out, dev or test text) are also written there as JSONL for pretraining. With
    ``with_pos`` the NorNE train and held-out sentences carry each token's Universal POS
    (norne.coarse_pos) for the auxiliary task; the synthetic snippets carry none (missing, not
    wrong: the morphologizer skips them)."""
    nlp = spacy.blank("nb")
    norne_dir = data_dir / "norne"
    docs: list[Doc] = []
    heldout: list[Doc] = []
    repeated: list[Doc] = []
    for filename in TRAIN_FILES:
        kept, held = split_heldout(norne.read_sourced_docs(norne_dir / filename, nlp.vocab, limit=limit,
                                                           with_pos=with_pos),
                                   heldout_share, seed)
        docs += kept
        heldout += held
        if filename == NYNORSK_TRAIN:
            repeated = repeat_docs(kept, nno_repeat, seed)
    work.mkdir(parents=True, exist_ok=True)
    places = tuple(
        sorted({line.split("\t")[1].strip().title() for line in
                (data_dir / "places" / "no_postal_codes.tsv").read_text(encoding="utf-8").splitlines() if "\t" in line})
    )
    names = helpdesk.NameLists.from_dir(data_dir / "names")
    swapped = swap.swap_copies(docs, names, swap_share, seed, swap_mix, swap_labels, swap_places(data_dir / "places"))
    docs += swapped
    generator = helpdesk.HelpdeskGenerator(nlp, names, seed, places, facts_share=facts_share)
    snippets = generator.docs(synthetic)
    if raw_text is not None:
        raw_words = pretrain.write_raw_text(docs[: len(docs) - len(swapped)] + snippets, raw_text)
        print(f"pretraining text: {raw_words} words", flush=True)
    docs += snippets
    words_before = sum(len(doc) for doc in docs)
    docs += repeated
    random.Random(seed).shuffle(docs)
    dev = []
    for filename in evaluate.DEV_FILES.values():
        dev += norne.read_docs(norne_dir / filename, nlp.vocab, limit=limit)
    paths = {"train": work / "train.spacy", "heldout": work / "heldout.spacy", "dev": work / "dev.spacy"}
    DocBin(docs=docs, store_user_data=False).to_disk(paths["train"])
    DocBin(docs=heldout, store_user_data=False).to_disk(paths["heldout"])
    DocBin(docs=dev, store_user_data=False).to_disk(paths["dev"])
    print(
        f"corpora: {len(docs)} train docs ({synthetic} synthetic, {len(swapped)} name-swapped copies, "
        f"{len(repeated)} repeated nynorsk sentences), "
        f"{len(heldout)} held-out docs, "
        f"{len(dev)} dev docs",
        flush=True,
    )
    return paths, sum(len(doc) for doc in docs) / max(1, words_before)


def repeat_docs(docs: list[Doc], repeat: float, seed: int) -> list[Doc]:
    """Extra copies so that ``docs`` appear ``repeat`` times in all: whole copies for the integer
    part above one, plus a seeded sample of the fractional part (1.5: a seeded half once more)."""
    if repeat < 1.0:
        raise ValueError("repeat must be >= 1")
    whole = int(repeat) - 1
    extra = [doc for _ in range(whole) for doc in docs]
    count = round(len(docs) * (repeat - int(repeat)))
    picked = sorted(random.Random(seed + 7).sample(range(len(docs)), count))
    return extra + [docs[i] for i in picked]


def scaled_steps(base_steps: int, growth: float) -> int:
    """``base_steps`` scaled by the corpus growth in words, rounded down to 100 (about the same passes
    over the rest of the corpus; rounding down keeps the run inside its CPU budget)."""
    return int(base_steps * growth // 100) * 100


def swap_places(places_dir: Path) -> tuple[str, ...]:
    """Norwegian postal places and municipality names as the data writes them (LOC swap pool)."""
    postal = (places_dir / "no_postal_codes.tsv").read_text(encoding="utf-8").splitlines()
    municipalities = (places_dir / "no_municipalities.txt").read_text(encoding="utf-8").splitlines()
    found = {line.split("\t")[1].strip() for line in postal if "\t" in line}
    found.update(line.strip() for line in municipalities if line.strip())
    return tuple(sorted(found))


CHAR_WIDTH = 32  # nM: width of one byte's embedding


def write_char_config(base: Path, char_bytes: int, out: Path) -> Path:
    """``base`` with its hashed embedding replaced by :mod:`pii_scanner.detect.ner.char_embed`'s
    (same attributes, rows and width, plus ``char_bytes`` embedded bytes per word); returns ``out``."""
    from pii_scanner.detect.ner.char_embed import ARCHITECTURE

    config = spacy.util.load_config(base, interpolate=False)
    embed = config["components"]["tok2vec"]["model"]["embed"]
    if embed.get("@architectures") != "spacy.MultiHashEmbed.v2" or embed.get("include_static_vectors"):
        raise ValueError(f"{base}: expected a MultiHashEmbed.v2 without static vectors to extend")
    config["components"]["tok2vec"]["model"]["embed"] = {
        "@architectures": ARCHITECTURE, "width": embed["width"], "attrs": embed["attrs"],
        "rows": embed["rows"], "nM": CHAR_WIDTH, "nC": char_bytes}
    out.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(out)
    return out


def write_pos_config(base: Path, out: Path) -> Path:
    """``base`` with an auxiliary part-of-speech task: a morphologizer listening to the shared
    tok2vec, trained on NorNE's Universal POS (a proper noun is the telling label) but given no
    weight in checkpoint selection (``pos_acc`` 0) and removed before packaging
    (:func:`strip_auxiliary`), so the shipped pipeline is the same shape as without it."""
    config = spacy.util.load_config(base, interpolate=False)
    pipeline = list(config["nlp"]["pipeline"])
    pipeline.insert(pipeline.index("ner"), "morphologizer")
    config["nlp"]["pipeline"] = pipeline
    width = config["components"]["tok2vec"]["model"]["encode"]["width"]
    config["components"]["morphologizer"] = {
        "factory": "morphologizer", "extend": False, "overwrite": True, "scorer": {
            "@scorers": "spacy.morphologizer_scorer.v1"},
        "model": {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
                  "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": width,
                              "upstream": "*"}}}
    weights = dict(config["training"]["score_weights"])
    weights.update({"pos_acc": 0.0, "morph_acc": 0.0, "morph_per_feat": None})
    config["training"]["score_weights"] = weights
    out.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(out)
    return out


AUXILIARY = ("morphologizer",)


def strip_auxiliary(model: Path, out: Path) -> Path:
    """A copy of the trained pipeline at ``model`` without the auxiliary components (the NER
    listens to the tok2vec only), written to ``out``; ``model`` itself if it has none."""
    nlp = spacy.load(model)
    if not any(name in nlp.pipe_names for name in AUXILIARY):
        return model
    for name in AUXILIARY:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    saved = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    saved["performance"] = meta.get("performance", {})
    (out / "meta.json").write_text(json.dumps(saved, indent=2) + "\n", encoding="utf-8")
    return out


def _cpu_seconds() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--work", type=Path, default=REPO / "models" / "training")
    parser.add_argument("--output", type=Path, default=REPO / "models" / "nb_pii_ner")
    parser.add_argument("--metrics", type=Path, default=None, help="default: <output>/../METRICS.json")
    parser.add_argument(
        "--card", type=Path, default=None, help="model card to update (default: <output>/../MODEL_CARD.md)"
    )
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg")
    parser.add_argument("--limit", type=int, default=0, help="sentences per NorNE file (0 = all)")
    parser.add_argument("--synthetic", type=int, default=4000, help="synthetic helpdesk snippets")
    parser.add_argument("--facts-share", type=float, default=0.3,
                        help="share of synthetic body lines that are name-free facts (the negatives)")
    parser.add_argument(
        "--swap-share", type=float, default=0.0,
        help="share of NorNE train sentences with a --swap-labels span to add again with those spans swapped (swap.py)",
    )
    parser.add_argument(
        "--swap-labels", default="PER", help="comma-separated labels whose spans the copies rename (PER, LOC, ORG)",
    )
    parser.add_argument(
        "--swap-mix", default="0.2,0.2,0.1",
        help="PER replacement shares nordic,pseudo,foreign (the rest: Norwegian list names)",
    )
    parser.add_argument(
        "--pretrain-epochs", type=int, default=0,
        help="epochs of tok2vec pretraining (PretrainCharacters) on the train text before training (0 = off)",
    )
    parser.add_argument(
        "--nno-repeat", type=float, default=1.0,
        help="times each kept nynorsk train sentence appears (1.5: a seeded half twice); without --max-steps "
        "the config's max_steps grows with the corpus (in words) so passes over the rest stay the same",
    )
    parser.add_argument(
        "--char-bytes", type=int, default=0,
        help="also embed each word's first and last N/2 UTF-8 bytes (pii_scanner.CharMultiHashEmbed.v1, "
        "32 wide each) beside the hashed features (0 = off: spaCy's MultiHashEmbed)",
    )
    parser.add_argument(
        "--foreign-names", action="store_true",
        help="add the Faker locales' first names and surnames as a second gazetteer (XNAME_* codes)",
    )
    parser.add_argument(
        "--pos-aux", action="store_true",
        help="train a morphologizer on NorNE's part-of-speech tags beside the NER (shared tok2vec); "
        "removed before packaging",
    )
    parser.add_argument("--pretrain-batch", type=int, default=3000, help="words per pretraining batch")
    parser.add_argument("--pretrain-lr", type=float, default=0.001, help="pretraining learn rate")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--max-epochs", type=int, default=None)
    parser.add_argument("--eval-frequency", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument(
        "--heldout", type=float, default=0.05,
        help="share of NorNE train documents held out for checkpoint selection (NorNE dev is never used)",
    )
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE",
        help="extra config override (JSON value), e.g. --set training.dropout=0.2",
    )
    parser.add_argument(
        "--span-repair", action="store_true",
        help="put the span-repair rule after the NER (ner/span_repair.py; run N, not shipped) "
             "and score with it",
    )
    parser.add_argument(
        "--package-only", action="store_true",
        help="skip corpora and training: evaluate and package <work>/run/model-best as it is now",
    )
    args = parser.parse_args(argv)
    swap_labels = tuple(label.strip() for label in args.swap_labels.split(",") if label.strip())
    swap_mix = swap.SwapMix(*(float(x) for x in args.swap_mix.split(",")))

    wall0, cpu0 = time.perf_counter(), _cpu_seconds()
    overrides: dict = {"system.seed": args.seed}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.max_epochs is not None:
        overrides["training.max_epochs"] = args.max_epochs
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    for item in args.set:
        key, value = item.split("=", 1)
        overrides[key] = json.loads(value)
    run_dir = args.work / "run"
    settings = pretrain.PretrainSettings(epochs=args.pretrain_epochs, batch_words=args.pretrain_batch,
                                         learn_rate=args.pretrain_lr)
    pre_wall = pre_cpu = 0.0
    if not args.package_only:
        raw_text = args.work / "pretrain" / "raw_text.jsonl" if settings.epochs else None
        paths, growth = build_corpora(
            args.data_dir, args.work, limit=args.limit, synthetic=args.synthetic, seed=args.seed,
            heldout_share=args.heldout, swap_share=args.swap_share, swap_labels=swap_labels, swap_mix=swap_mix,
            raw_text=raw_text, nno_repeat=args.nno_repeat, facts_share=args.facts_share,
            with_pos=args.pos_aux,
        )
        if args.nno_repeat > 1.0 and args.max_steps is None:
            base = int(spacy.util.load_config(args.config)["training"]["max_steps"])
            overrides["training.max_steps"] = scaled_steps(base, growth)
            print(f"nynorsk repeat {args.nno_repeat}: corpus x{growth:.4f} in words, "
                  f"max_steps {base} -> {overrides['training.max_steps']}", flush=True)
        overrides["paths.train"] = str(paths["train"])
        overrides["paths.dev"] = str(paths["heldout"])
        overrides["paths.names"] = str(args.data_dir / "names")
        if args.foreign_names:
            lower_case = model_package.common_words(args.data_dir / "norne")
            first, surnames = foreign_names.write_lists(args.work, lower_case)
            overrides["initialize.components.name_features.foreign_first_names"] = [str(first)]
            overrides["initialize.components.name_features.foreign_surnames"] = [str(surnames)]
        config_path = args.config
        if raw_text is not None:
            pre_wall, pre_cpu = time.perf_counter(), _cpu_seconds()
            weights = pretrain.run(args.config, raw_text, args.data_dir / "names", args.work / "pretrain",
                                   settings, args.seed)
            pre_wall, pre_cpu = time.perf_counter() - pre_wall, _cpu_seconds() - pre_cpu
            overrides["paths.init_tok2vec"] = str(weights)
            config_path = args.work / "config-pretrained.cfg"
            pretrain.training_config(args.config, settings).to_disk(config_path)
        if args.char_bytes:
            if raw_text is not None:
                parser.error("--char-bytes and --pretrain-epochs cannot be combined (the pretrained "
                             "weights are for the hashed embedding only)")
            config_path = write_char_config(config_path, args.char_bytes, args.work / "config-chars.cfg")
        if args.pos_aux:
            config_path = write_pos_config(config_path, args.work / "config-pos.cfg")
        spacy_train(config_path, run_dir, overrides=overrides, use_gpu=-1)
    train_wall, train_cpu = time.perf_counter() - wall0, _cpu_seconds() - cpu0

    best = strip_auxiliary(run_dir / "model-best", run_dir / "model-best-ner")
    metrics = evaluate.evaluate(best, args.data_dir / "norne", limit=args.limit, span_repair=args.span_repair)
    info = {
        "wall_seconds": None if args.package_only else round(train_wall, 1),
        "cpu_seconds": None if args.package_only else round(train_cpu, 1),
        "checkpoint_selection": f"all-label F1 on {args.heldout:.0%} of NorNE train documents (held out)",
        "checkpoint_heldout_scores": json.loads((best / "meta.json").read_text()).get("performance", {}),
        "seed": args.seed,
        "pretraining": {
            "epochs": settings.epochs, "batch_words": settings.batch_words, "learn_rate": settings.learn_rate,
            "objective": f"spacy.PretrainCharacters.v1 (n_characters {settings.n_characters})",
            "text": "NorNE train sentences (held-out documents excluded) + synthetic snippets",
            "wall_seconds": round(pre_wall, 1), "cpu_seconds": round(pre_cpu, 1),
        },
        "synthetic_snippets": args.synthetic,
        "swap_share": args.swap_share,
        "nno_repeat": args.nno_repeat,
        "facts_share": args.facts_share,
        "foreign_names": args.foreign_names,
        "char_bytes": args.char_bytes,
        "pos_aux": args.pos_aux,
        "span_repair": args.span_repair,
        "swap_labels": list(swap_labels),
        "swap_mix": {"nordic": swap_mix.nordic, "pseudo": swap_mix.pseudo, "foreign": swap_mix.foreign},
        "norne_limit": args.limit,
        "heldout_share": args.heldout,
        "overrides": {k: v for k, v in overrides.items()
                      if not k.startswith(("paths.", "initialize.components.name_features."))},
    }
    model_package.package(best, args.output, args.data_dir / "norne", metrics, info,
                          span_repair=args.span_repair)
    start = time.perf_counter()
    spacy.load(args.output)
    record = {
        "model": MODEL_NAME,
        "version": VERSION,
        "metric": "NorNE UD dev, PER entities, exact span match",
        "per": metrics,
        "size_bytes": model_package.dir_bytes(args.output),
        "load_seconds": round(time.perf_counter() - start, 3),
        "training": info,
    }
    metrics_path = args.metrics or args.output.parent / "METRICS.json"
    if args.card is None:
        args.card = args.output.parent / "MODEL_CARD.md"
    metrics_path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    if args.card is not None:
        model_package.update_card(args.card, record)
    print(json.dumps(record, indent=2), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
