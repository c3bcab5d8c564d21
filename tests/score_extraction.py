#!/usr/bin/env python3
# Vendored copy of ../shared/tools/score_extraction.py so the suite runs without ../shared.
# Keep it identical in behaviour; tests/test_seed_scores_full_marks.py checks it matches the shared copy when present.
"""Score claim extraction against hand-annotated gold files (format verify-gold/1).

For every gold file in --gold-dir, the document it names (relative to --docs-root,
default: the gold dir's parent) is given to --cmd, which must print the extraction
as JSON on stdout:

  {"metadata": {"title": str|null, "published": "YYYY-MM-DD"|null, ...},
   "claims": [{"text": str, "start": int, "end": int,
               "sources": [{"name": str, "kind": str, "descriptor": str|null,
                            "cue": str|null, "via": str|null, "quote": str|null}],
               "hedges": [str], "unverifiable": bool, "unverifiable_by": str|null,
               "checkworthiness": float}]}

Matching: a predicted claim matches a gold claim when their word-level F1 is at
least 0.8 (one to one, best pairs first). Predictions that match a gold "optional"
line are ignored; every other unmatched prediction is a false positive.
Sources and vias are compared by name (case, leading articles and punctuation
ignored; one name containing the other as whole words counts). Hedges likewise.

Usage:
  score_extraction.py --gold-dir ../shared/gold --docs-root ../shared \
      --cmd '.venv/bin/python manage.py extract {path} --format json'
Exit status 0; the last line is the summary.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

MATCH = 0.8


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate(str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}))
    return re.sub(r"\s+", " ", s).strip().lower()


def words(s):
    return re.findall(r"\w+", norm(s))


def word_f1(a, b):
    wa, wb = Counter(words(a)), Counter(words(b))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wb.values()), common / sum(wa.values())
    return 2 * p * r / (p + r)


def name_key(s):
    w = words(s)
    while w and w[0] in ("the", "a", "an"):
        w = w[1:]
    return " ".join(w)


def same_name(a, b):
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    return ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} "


class PRF:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add_sets(self, gold, pred, same=same_name):
        gold, pred = list(gold), list(pred)
        for p in pred:
            hit = next((g for g in gold if same(g, p)), None)
            if hit is None:
                self.fp += 1
            else:
                self.tp += 1
                gold.remove(hit)
        self.fn += len(gold)

    def f1(self):
        d = 2 * self.tp + self.fp + self.fn
        return 1.0 if d == 0 else 2 * self.tp / d

    def __str__(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return f"F1 {self.f1():.3f} (P {p:.3f} R {r:.3f}; tp {self.tp} fp {self.fp} fn {self.fn})"


def pair_claims(gold_claims, preds):
    scored = sorted(
        ((word_f1(g["text"], p.get("text", "")), gi, pi)
         for gi, g in enumerate(gold_claims) for pi, p in enumerate(preds)),
        reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for s, gi, pi in scored:
        if s < MATCH:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gold_claims[gi], preds[pi]))
    return pairs, used_g, used_p


def score_file(gold, pred, m):
    claims = pred.get("claims", [])
    pairs, used_g, used_p = pair_claims(gold["claims"], claims)
    m["claims"].tp += len(pairs)
    m["claims"].fn += len(gold["claims"]) - len(used_g)
    misses, extras = [], []
    for pi, p in enumerate(claims):
        if pi in used_p:
            continue
        if any(word_f1(o, p.get("text", "")) >= MATCH for o in gold.get("optional", [])):
            continue
        m["claims"].fp += 1
        extras.append(p.get("text", ""))
    for gi, g in enumerate(gold["claims"]):
        if gi not in used_g:
            misses.append(g["text"])
            m["sources"].fn += len(g["sources"])
            m["via"].fn += sum(1 for s in g["sources"] if s.get("via"))
            m["hedges"].fn += len(g["hedges"])
            m["unverifiable"].fn += 1 if g["unverifiable"] else 0
    for g, p in pairs:
        psrc = p.get("sources") or []
        m["sources"].add_sets([s["name"] for s in g["sources"]], [s.get("name") or "" for s in psrc])
        m["via"].add_sets([s["via"] for s in g["sources"] if s.get("via")],
                          [s["via"] for s in psrc if s.get("via")])
        m["hedges"].add_sets(g["hedges"], p.get("hedges") or [])
        gu, pu = bool(g["unverifiable"]), bool(p.get("unverifiable"))
        m["unverifiable"].tp += gu and pu
        m["unverifiable"].fp += pu and not gu
        m["unverifiable"].fn += gu and not pu
    meta_g, meta_p = gold.get("metadata", {}), pred.get("metadata") or {}
    for key in ("title", "published"):
        if meta_g.get(key):
            m["metadata"].tp += norm(meta_g[key]) == norm(str(meta_p.get(key) or ""))
            m["metadata"].fn += norm(meta_g[key]) != norm(str(meta_p.get(key) or ""))
    return misses, extras


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold-dir", required=True, type=Path)
    ap.add_argument("--docs-root", type=Path)
    ap.add_argument("--cmd", required=True, help="command with {path}; run from the current folder")
    ap.add_argument("--verbose", action="store_true", help="list missed and extra claims")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    root = a.docs_root or a.gold_dir.parent
    m = {k: PRF() for k in ("claims", "sources", "via", "unverifiable", "hedges", "metadata")}
    files = sorted(a.gold_dir.glob("*.json"))
    if not files:
        sys.exit(f"no gold files in {a.gold_dir}")
    failures = 0
    for gf in files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        doc = (root / gold["document"]).resolve()
        cmd = [part.replace("{path}", str(doc)) for part in shlex.split(a.cmd)]
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
            pred = json.loads(out.stdout)
        except (subprocess.TimeoutExpired, json.JSONDecodeError) as e:
            failures += 1
            print(f"{gf.name}: no JSON from the command ({type(e).__name__}); stderr: "
                  f"{(out.stderr if 'out' in dir() else '')[-300:]}")
            pred = {"claims": []}
        misses, extras = score_file(gold, pred, m)
        print(f"{gf.name}: {len(gold['claims'])} gold, {len(pred.get('claims', []))} predicted, "
              f"{len(misses)} missed, {len(extras)} extra")
        if a.verbose:
            for t in misses:
                print(f"   missed: {t[:140]}")
            for t in extras:
                print(f"   extra:  {t[:140]}")
    for k, v in m.items():
        print(f"{k:13s} {v}")
    print(f"documents {len(files)}, failed {failures} | claims F1 {m['claims'].f1():.2f} | "
          f"sources F1 {m['sources'].f1():.2f} | via F1 {m['via'].f1():.2f} | "
          f"unverifiable F1 {m['unverifiable'].f1():.2f} | hedges F1 {m['hedges'].f1():.2f} | "
          f"metadata F1 {m['metadata'].f1():.2f}")


if __name__ == "__main__":
    main()
