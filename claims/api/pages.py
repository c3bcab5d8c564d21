"""Server-rendered pages that go with the API: the public claim page (with its ClaimReview as
JSON-LD, the way crawlers and fact-check aggregators read it) and the API's docs page, built
from the OpenAPI schema with no JavaScript from a CDN."""

from __future__ import annotations

import json

from django.http import Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET
from drf_spectacular.generators import SchemaGenerator

from claims import claimreview

from . import queries
from .serializers import claim_to_dict, public_status

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def json_ld(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> element; nothing in it can close the tag."""
    # < > & are \u-escaped, so nothing in the data can close the element or open markup
    # (tests/test_bad_input_pages_escape.py checks the public page with a <script> claim).
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=2).translate(_JSON_ESCAPES))  # noqa: S308  # nosec B308 B703


@require_GET
def public_claim(request, claim_id: int):
    claim = queries.api_claims().filter(pk=claim_id).first()
    if claim is None:
        raise Http404("no published claim with this id")
    review = claimreview.build_claim_review(claim)
    context = {
        "claim": claim,
        "data": claim_to_dict(claim),
        "status": public_status(claim),
        "review": review,
        "review_json": json_ld(review) if review else "",
        "organization": claimreview.organization(),
    }
    return render(request, "claims/public_claim.html", context, status=200 if review else 410)


@require_GET
def api_docs(request):
    schema = SchemaGenerator(patterns=None).get_schema(request=None, public=True)
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [
                {"name": p["name"], "where": p["in"], "description": p.get("description", "")}
                for p in operation.get("parameters", [])
            ]
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "responses": sorted(operation.get("responses", {}).keys()),
                }
            )
    return render(request, "claims/api_docs.html", {"info": schema.get("info", {}), "operations": operations})
