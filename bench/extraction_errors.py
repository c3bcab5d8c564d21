"""Where extraction disagrees with a gold set, claim by claim, with the errors counted by kind.

    .venv/bin/python bench/extraction_errors.py --gold-dir tests/gold [--docs-root tests] [--only sources,via]
    .venv/bin/python bench/extraction_errors.py --gold-dir tests/gold_holdout --docs-root tests/gold_holdout --counts-only

`--counts-only` prints only the tally of error kinds (no article text), so a holdout set can be
watched without anyone reading its sentences. Matching and name comparison are the shared
scorer's (tests/score_extraction.py is a vendored copy).
"""

from __future__ import annotations

import argparse
import json
import re
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "verify.settings")

from claims import extraction  # noqa: E402  (plain Python; no Django set-up needed)
from tests import score_extraction as scorer  # noqa: E402
from claims.extraction import lexicon  # noqa: E402

_REPORT_WORDS = set(lexicon.REPORT_VERBS) | {"according"}


def unmatched(gold: list[str], pred: list[str]) -> tuple[list[str], list[str]]:
    gold, extra = list(gold), []
    for name in pred:
        hit = next((g for g in gold if scorer.same_name(g, name)), None)
        if hit is None:
            extra.append(name)
        else:
            gold.remove(hit)
    return gold, extra


def source_error_kind(gold_names: list[str], pred_names: list[str], missed: list[str], extra: list[str]) -> str:
    if not gold_names:
        return "source where gold has none"
    if not pred_names:
        return "no source where gold has one"
    if missed and extra:
        return "wrong source"
    if missed:
        return "too few sources"
    return "too many sources"


def among(name: str, names: list[str]) -> bool:
    return any(scorer.same_name(name, q) for q in names)


def resolution_kind(name: str, gold_previous: list[str], gold_before: list[str]) -> str:
    """Where a gold name that is not written in its sentence comes from, in the gold itself."""
    if among(name, gold_previous):
        return "gold carries the previous claim's source"
    if among(name, gold_before):
        return "gold names an earlier claim's source"
    return "gold names someone never a source before"


def prediction_kind(extra: list[str], text_words: str, pred_previous: list[str]) -> str:
    if not extra:
        return "we gave nothing for it"
    if any(among(x, pred_previous) for x in extra):
        return "we carried our previous claim's source"
    if any(f" {scorer.name_key(x)} " in text_words for x in extra):
        return "we gave a name written in the sentence"
    return "we resolved to another name"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-dir", required=True, type=Path)
    ap.add_argument("--docs-root", type=Path)
    ap.add_argument("--only", default="sources,via,hedges", help="comma-separated: sources, via, hedges")
    ap.add_argument("--counts-only", action="store_true", help="print the tally only, no article text")
    args = ap.parse_args()
    root = args.docs_root or args.gold_dir.parent
    wanted = set(args.only.split(","))
    tally: Counter[str] = Counter()
    for path in sorted(args.gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = extraction.extract((root / gold["document"]).read_text(encoding="utf-8"))
        pairs, _, _ = scorer.pair_claims(gold["claims"], pred.get("claims", []))
        pairs.sort(key=lambda pair: gold["claims"].index(pair[0]))
        gold_before: list[str] = []  # every gold source name of the claims before this one
        gold_previous: list[str] = []  # the gold source names of the claim just before
        pred_previous: list[str] = []
        lines = []
        for g, p in pairs:
            psrc = p.get("sources") or []
            gold_names, pred_names = [s["name"] for s in g["sources"]], [s.get("name") or "" for s in psrc]
            missed, extra = unmatched(gold_names, pred_names)
            if "sources" in wanted and (missed or extra):
                kind = source_error_kind(gold_names, pred_names, missed, extra)
                tally[f"sources: {kind}"] += 1
                text_words = " " + " ".join(scorer.words(g["text"])) + " "
                if kind == "no source where gold has one":
                    quoted = bool(re.search(r'["“”]', g["text"]))
                    verb = any(w in _REPORT_WORDS for w in scorer.words(g["text"]))
                    tally[f"sources: none found, {'quoted' if quoted else 'unquoted'}, "
                          f"{'a reporting verb' if verb else 'no reporting verb'} in the sentence"] += 1
                for name in missed:
                    # (a name written in the claim's own sentence was missed there; else it had to be resolved
                    # or carried from another sentence)
                    here = f" {scorer.name_key(name)} " in text_words
                    tally[f"sources: gold name missed, {'written in the sentence' if here else 'not in the sentence'}"] += 1
                    if not here:
                        tally[f"sources: missed, not in the sentence: {resolution_kind(name, gold_previous, gold_before)}; "
                              f"{prediction_kind(extra, text_words, pred_previous)}"] += 1
                for name in extra:
                    here = f" {scorer.name_key(name)} " in text_words
                    tally[f"sources: extra name, {'written in the sentence' if here else 'not in the sentence'}"] += 1
                    if not here:
                        where = "our previous claim source" if among(name, pred_previous) else "resolved elsewhere"
                        tally[f"sources: extra, not in the sentence: {where}"] += 1
                lines.append(f"  [{kind}] gold {gold_names} pred {pred_names}\n      {g['text'][:200]}")
            gold_via = [s["via"] for s in g["sources"] if s.get("via")]
            pred_via = [s["via"] for s in psrc if s.get("via")]
            vmissed, vextra = unmatched(gold_via, pred_via)
            if "via" in wanted and (vmissed or vextra):
                kind = "missed via" if not vextra else ("extra via" if not vmissed else "wrong via")
                tally[f"via: {kind}"] += 1
                if vmissed:
                    # Where the mechanism failed, without the text: the channel is written in the claim's own
                    # sentence or carried from an earlier one; the speaker was found or not.
                    here = any(scorer.words(v) and " ".join(scorer.words(v)) in " ".join(scorer.words(g["text"]))
                               for v in vmissed)
                    speaker = not missed and bool(gold_names)
                    tally[f"via: missed, named {'in the sentence' if here else 'earlier'}, speaker "
                          f"{'right' if speaker else 'wrong or missing'}"] += 1
                lines.append(f"  [{kind}] gold {gold_via} pred {pred_via}\n      {g['text'][:200]}")
            hmissed, hextra = unmatched(g["hedges"], p.get("hedges") or [])
            if "hedges" in wanted and (hmissed or hextra):
                tally["hedges: missed" if hmissed else "hedges: extra"] += 1
                lines.append(f"  [hedges] gold {g['hedges']} pred {p.get('hedges')}\n      {g['text'][:200]}")
            gold_previous = [s["name"] for s in g["sources"]]
            gold_before += gold_previous
            pred_previous = [s.get("name") or "" for s in psrc]
        if lines and not args.counts_only:
            print(path.name)
            print("\n".join(lines))
    print("error kinds (claims affected):")
    for kind, n in sorted(tally.items()):
        print(f"  {n:4d}  {kind}")


if __name__ == "__main__":
    main()
