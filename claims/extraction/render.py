"""A readable rendering of an extraction result."""
from __future__ import annotations


def _source_line(s: dict) -> str:
    who = s.get("name") or "?"
    if s.get("descriptor"):
        who += f" ({s['descriptor']})"
    cue = s.get("cue") or "said"
    line = f"{who} —{cue}→ {s['via']}" if s.get("via") else f"{who} —{cue}"
    extras = [s.get("kind") or "", s.get("quote") or ""]
    return line + "  [" + ", ".join(e for e in extras if e) + "]"


def format_text(result: dict) -> str:
    """Metadata, then numbered claims with span, sources, hedges and flags."""
    meta = result.get("metadata") or {}
    out = []
    for key in ("title", "standfirst", "published", "byline", "outlet", "reading_time"):
        if meta.get(key):
            out.append(f"{key.replace('_', ' ').capitalize()}: {meta[key]}")
    for cap in meta.get("image_captions") or []:
        credit = f" [{cap['credit']}]" if cap.get("credit") else ""
        out.append(f"Image caption: {cap.get('caption')}{credit}")
    for c in meta.get("credits") or []:
        out.append(f"Credit: {c}")
    if result.get("language") and result["language"] != "en":
        out.append(f"Language: {result['language']}")
    for w in result.get("warnings") or []:
        out.append(f"Warning: {w}")
    claims = result.get("claims") or []
    out.append("")
    out.append(f"{len(claims)} claim{'s' if len(claims) != 1 else ''}")
    for i, c in enumerate(claims, 1):
        text = c.get("text_clean") or " ".join((c.get("text") or "").split())
        out.append("")
        out.append(f"{i}. [{c.get('start')}-{c.get('end')}] check-worthiness {c.get('checkworthiness', 0):.2f}")
        out.append(f"   {text}")
        for s in c.get("sources") or []:
            out.append(f"   source: {_source_line(s)}")
        if c.get("hedges"):
            out.append(f"   hedges: {', '.join(c['hedges'])}")
        if c.get("unverifiable"):
            by = f" by {c['unverifiable_by']}" if c.get("unverifiable_by") else ""
            out.append(f"   flag: cannot be independently verified{by}")
    return "\n".join(out) + "\n"
