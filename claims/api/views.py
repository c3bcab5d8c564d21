"""The consumer API, one view per action: check the input, call a selector or a service, serialize.

Every GET answer carries an ETag (a hash of the body) and answers `304 Not Modified` to a
matching If-None-Match; `Vary` names what changes the answer.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import RequestDataTooBig
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.http import HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import APIException, NotFound, ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import claimreview, services
from claims.models import Article, Claim, Source

from . import queries, schema, urls_for  # noqa: F401  (schema registers the auth extension)
from .authentication import ApiKeyAuthentication, is_consumer, is_staff
from .filters import ArticleFilter, ClaimFilter, SourceFilter
from .pagination import IdCursorPagination, SyncCursorPagination
from .permissions import IsConsumerOrStaff
from .serializers import (
    ArticleAcceptedSerializer,
    ArticleConflictSerializer,
    ArticleCreateInputSerializer,
    ArticleOutputSerializer,
    ClaimOutputSerializer,
    ErrorSerializer,
    FactCheckSearchInputSerializer,
    FactCheckSearchOutputSerializer,
    SourceOutputSerializer,
)
from .throttles import ConsumerScopedThrottle

ERRORS = {
    401: OpenApiResponse(ErrorSerializer, description="No credentials, or an invalid, revoked or expired API key."),
    403: OpenApiResponse(ErrorSerializer, description="Authenticated, but not allowed to do this."),
    404: OpenApiResponse(ErrorSerializer, description="No such item (or not visible to you), or an unknown `format`."),
    429: OpenApiResponse(ErrorSerializer, description="Too many requests; see the Retry-After header."),
}
NOT_FOUND: dict = {}  # part of ERRORS: any path or `format` can name nothing
BAD_REQUEST = {400: OpenApiResponse(OpenApiTypes.OBJECT, description="A parameter is invalid; the body says which.")}


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "payload_too_large"

    def __init__(self):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        super().__init__(
            f"the request body is over the limit of {limit:,} bytes; "
            f"an article may be at most {settings.VERIFY_MAX_ARTICLE_BYTES:,} bytes of text"
        )


class JsonLdRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class BaseApi(APIView):
    authentication_classes = [ApiKeyAuthentication, SessionAuthentication]
    permission_classes = [IsConsumerOrStaff]
    throttle_classes = [ConsumerScopedThrottle]
    throttle_scope = "read"
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer]
    pagination_class = None

    @property
    def paginator(self):
        if not hasattr(self, "_paginator"):
            self._paginator = self.pagination_class() if self.pagination_class else None
        return self._paginator

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        request.verify_staff = is_staff(request)

    def handle_exception(self, exc):
        if isinstance(exc, RequestDataTooBig):
            # Django refuses the body before any serializer sees it; say so in JSON, not an HTML 400.
            exc = PayloadTooLarge()
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ["Accept", "Authorization", "Cookie"])
        if request.method not in ("GET", "HEAD") or response.status_code != 200 or not isinstance(response, Response):
            return response
        response.render()
        etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
        response["ETag"] = etag
        response["Cache-Control"] = "private, no-cache"
        wanted = request.META.get("HTTP_IF_NONE_MATCH", "")
        if wanted and (wanted.strip() == "*" or etag in [tag.strip().removeprefix("W/") for tag in wanted.split(",")]):
            not_modified = HttpResponseNotModified()
            for header in ("ETag", "Cache-Control", "Vary"):
                not_modified[header] = response[header]
            return not_modified
        return response


def _filtered(filterset_class, request, queryset):
    filterset = filterset_class(request.query_params, queryset=queryset, request=request)
    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    return filterset.qs


# --------------------------------------------------------------------------- claims


class ClaimListApi(BaseApi):
    pagination_class = SyncCursorPagination

    @extend_schema(
        operation_id="claims_list",
        summary="Published claims, for incremental sync",
        description=(
            "Claims that are or were published, ordered by (updated_at, id) with cursor pagination: "
            "keep the `next` link and follow it later to receive what changed since. A claim reopened "
            "for a correction (`status: correcting`) or withdrawn (`status: withdrawn`) comes back "
            "with its new state and no verdict. Desk staff may also list unpublished claims with "
            "`status=unpublished` or `workflow_status`."
        ),
        filters=True,
        responses={200: ClaimOutputSerializer(many=True), **BAD_REQUEST, **ERRORS, **NOT_FOUND},
    )
    def get(self, request):
        staff = request.verify_staff
        queryset = queries.settled(queries.api_claims(include_unpublished=staff))
        if staff and not (request.query_params.get("status") or request.query_params.get("workflow_status")):
            queryset = queryset.filter(published_at__isnull=False)
        queryset = _filtered(ClaimFilter, request, queryset)
        paginator = self.paginator
        page = paginator.paginate_queryset(queryset, request, view=self)
        data = ClaimOutputSerializer(page, many=True, context={"staff": staff}).data
        return paginator.get_paginated_response(data)

    filterset_class = ClaimFilter
    filter_backends = [DjangoFilterBackend]  # documents the filters in the schema

    def get_queryset(self):  # for the schema's filter parameters only
        return Claim.objects.none()


class ClaimDetailApi(BaseApi):
    @extend_schema(
        operation_id="claims_retrieve",
        summary="One claim",
        responses={200: ClaimOutputSerializer, **ERRORS, **NOT_FOUND},
    )
    def get(self, request, claim_id: int):
        staff = request.verify_staff
        claim = queries.api_claims(include_unpublished=staff).filter(pk=claim_id).first()
        if claim is None:
            raise NotFound(f"no published claim {claim_id}")
        return Response(ClaimOutputSerializer(claim, context={"staff": staff}).data)


class ClaimReviewApi(BaseApi):
    renderer_classes = [JsonLdRenderer, JSONRenderer]

    @extend_schema(
        operation_id="claims_claimreview",
        summary="The claim's schema.org ClaimReview (JSON-LD)",
        description="The same JSON-LD the public claim page embeds. 404 unless the claim is published.",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT), **ERRORS, **NOT_FOUND},
    )
    def get(self, request, claim_id: int):
        claim = queries.published_claims().filter(pk=claim_id).first()
        review = claimreview.build_claim_review(claim) if claim is not None else None
        if review is None:
            raise NotFound(f"claim {claim_id} has no published verdict")
        return Response(review)


class ClaimReviewFeedApi(BaseApi):
    renderer_classes = [JsonLdRenderer, JSONRenderer]

    @extend_schema(
        operation_id="claimreview_feed",
        summary="Every published ClaimReview as a schema.org DataFeed (Data Commons fact-check feed)",
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT), **ERRORS},
    )
    def get(self, request):
        claims = queries.published_claims().order_by("-published_at", "-id")
        return Response(claimreview.build_data_feed(claims))


# --------------------------------------------------------------------------- Fact Check Tools


class FactCheckSearchApi(BaseApi):
    throttle_scope = "search"
    TOKEN_SALT = "verify.factcheck.page"  # noqa: S105 (a signing salt, not a secret)

    @extend_schema(
        operation_id="factcheck_claims_search",
        summary="Search in the shape of Google Fact Check Tools' claims:search",
        parameters=[
            OpenApiParameter("query", str, description="Words in the claim or its article's title."),
            OpenApiParameter("languageCode", str, description='BCP-47 code, e.g. "en" or "en-US".'),
            OpenApiParameter("maxAgeDays", int, description="Only fact checks approved within this many days."),
            OpenApiParameter("pageSize", int, description="1 to 100 (default 10)."),
            OpenApiParameter("pageToken", str, description="`nextPageToken` of the previous answer."),
        ],
        responses={200: FactCheckSearchOutputSerializer, **BAD_REQUEST, **ERRORS},
    )
    def get(self, request):
        params = FactCheckSearchInputSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        args = params.validated_data
        queryset = queries.published_claims()
        if args.get("query", "").strip():
            queryset = queries.text_search(queryset, args["query"])
        if args.get("languageCode", "").strip():
            queryset = queryset.filter(language__iexact=args["languageCode"].strip().split("-")[0])
        if args.get("maxAgeDays"):
            queryset = queryset.filter(published_at__gte=timezone.now() - timedelta(days=args["maxAgeDays"]))
        if args.get("pageToken"):
            published_at, last_id = self._read_token(args["pageToken"])
            queryset = queryset.filter(Q(published_at__lt=published_at) | Q(published_at=published_at, id__lt=last_id))
        size = args["pageSize"]
        rows = list(queryset.order_by("-published_at", "-id")[: size + 1])
        body: dict = {"claims": [self._claim(claim) for claim in rows[:size]]}
        if len(rows) > size:
            last = rows[size - 1]
            body["nextPageToken"] = signing.dumps(
                {"p": last.published_at.isoformat(), "i": last.pk}, salt=self.TOKEN_SALT, compress=True
            )
        return Response(body)

    def _read_token(self, token: str) -> tuple[datetime, int]:
        try:
            data = signing.loads(token, salt=self.TOKEN_SALT)
            return datetime.fromisoformat(data["p"]), int(data["i"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise ValidationError({"pageToken": ["invalid pageToken: pass `nextPageToken` exactly as received"]})

    def _claim(self, claim: Claim) -> dict:
        review = claimreview.build_claim_review(claim, with_context=False)
        item: dict = {"text": claim.text}
        author = review["itemReviewed"].get("author")
        if author:
            item["claimant"] = author["name"]
        if claim.article.published:
            item["claimDate"] = f"{claim.article.published.isoformat()}T00:00:00Z"
        item["claimReview"] = [
            {
                "publisher": {"name": review["author"]["name"], "site": claimreview.organization_site()},
                "url": review["url"],
                "title": f"Fact check: {review['claimReviewed']}",
                "reviewDate": review["dateModified"],
                "textualRating": review["reviewRating"]["alternateName"],
                "languageCode": claim.language or "en",
            }
        ]
        return item


# --------------------------------------------------------------------------- articles


def _with_fetch_state(queryset):
    return queryset.annotate(awaiting_fetch=ExpressionWrapper(Q(original_text=""), output_field=BooleanField()))


def _submitting_key(request):
    """The consumer's APIKey row, or None for desk staff (who are recorded as `submitted_by`)."""
    return request.auth if is_consumer(request) else None


def _visible_articles(request):
    """The articles this request may read: all for desk staff; for a consumer, those with a claim
    that was ever published and those their own key submitted (see queries.api_articles)."""
    key = _submitting_key(request)
    return _with_fetch_state(
        queries.api_articles(include_unpublished=request.verify_staff, key_id=key.pk if key is not None else None)
    )


ARTICLE_VISIBILITY = (
    "Consumers see articles with at least one published claim (listing only the claims that were "
    "published) and the articles their own API key submitted (with all their claims and a coarse "
    "`status` each); any other article answers 404 as if it did not exist. Desk staff see all."
)


class ArticleCollectionApi(BaseApi):
    """GET lists articles; POST ingests one (text, or a URL fetched in the background)."""

    pagination_class = IdCursorPagination

    filterset_class = ArticleFilter
    filter_backends = [DjangoFilterBackend]  # documents the filters in the schema

    def get_queryset(self):  # for the schema's filter parameters only
        return Article.objects.none()

    @property
    def throttle_scope(self):
        return "ingest" if self.request.method == "POST" else "read"

    @extend_schema(
        operation_id="articles_list",
        summary="Articles with their extraction status and claims",
        description=ARTICLE_VISIBILITY,
        filters=True,
        responses={200: ArticleOutputSerializer(many=True), **BAD_REQUEST, **ERRORS, **NOT_FOUND},
    )
    def get(self, request):
        queryset = _filtered(ArticleFilter, request, _visible_articles(request))
        paginator = self.paginator
        page = paginator.paginate_queryset(queryset, request, view=self)
        return paginator.get_paginated_response(ArticleOutputSerializer(page, many=True).data)

    @extend_schema(
        operation_id="articles_create",
        summary="Ingest an article: its text, or a URL to fetch",
        description=(
            "Answers 202 with the article's URL at once; extraction (and fetching, for a URL) runs in "
            "the background: poll the article for its status. A URL must be http or https and reach a "
            "public address. The article is recorded as your API key's submission: you can read it, "
            "and all its claims, whether or not the desk publishes anything from it.\n\n"
            "The same text (or URL) twice answers 409. The 409 carries the existing article's `id`, "
            "`api_url` and a Location header only when you may read that article (you submitted it, "
            "or a claim from it is published); an article someone else submitted that the desk has "
            "published nothing from stays hidden: the 409 then says only that it is already on the "
            "desk, with no id or URL, and the article becomes readable once a claim from it is published."
        ),
        request=ArticleCreateInputSerializer,
        responses={
            202: ArticleAcceptedSerializer,
            400: OpenApiResponse(OpenApiTypes.OBJECT, description="Not an article, or a refused URL; says why."),
            409: OpenApiResponse(
                ArticleConflictSerializer,
                description="Already on the desk; `id` and `api_url` only if you may read that article.",
            ),
            **ERRORS,
        },
    )
    def post(self, request):
        payload = ArticleCreateInputSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        submitted_by = request.user if request.verify_staff else None
        submitted_by_key = _submitting_key(request)
        try:
            if (payload.validated_data.get("text") or "").strip():
                article = services.ingest_article(
                    text=payload.validated_data["text"],
                    origin=Article.Origin.API,
                    submitted_by=submitted_by,
                    submitted_by_key=submitted_by_key,
                    name="text",
                )
                detail = "article stored; extraction queued"
            else:
                article = services.ingest_article_from_url(
                    url=payload.validated_data["url"].strip(),
                    submitted_by=submitted_by,
                    submitted_by_key=submitted_by_key,
                )
                detail = "URL accepted; fetching and extraction queued"
        except services.DuplicateArticleError as exc:
            return self._conflict(request, exc)
        except services.IngestError as exc:
            raise ValidationError({"detail": str(exc)})
        url = urls_for.article(article.pk)
        body = {
            "id": article.pk,
            "api_url": url,
            "extraction_status": "fetching" if not article.original_text else article.extraction_status,
            "detail": detail,
        }
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": url})

    def _conflict(self, request, exc: services.DuplicateArticleError) -> Response:
        """409 for an article already on the desk, naming it only to someone who may read it: the id
        of an article another consumer submitted, that the desk has published nothing from, is not
        this consumer's to learn (its GET answers them 404)."""
        existing = exc.article
        if not _visible_articles(request).filter(pk=existing.pk).exists():
            return Response(
                {"detail": "this article is already on the desk, submitted by someone else; it is not visible to you"},
                status=status.HTTP_409_CONFLICT,
            )
        url = urls_for.article(existing.pk)
        return Response(
            {"detail": str(exc), "id": existing.pk, "api_url": url},
            status=status.HTTP_409_CONFLICT,
            headers={"Location": url},
        )


class ArticleDetailApi(BaseApi):
    @extend_schema(
        operation_id="articles_retrieve",
        summary="An article's extraction status and claims",
        description=ARTICLE_VISIBILITY,
        responses={200: ArticleOutputSerializer, **ERRORS, **NOT_FOUND},
    )
    def get(self, request, article_id: int):
        article = _visible_articles(request).filter(pk=article_id).first()
        if article is None:
            raise NotFound(f"no article {article_id}")
        return Response(ArticleOutputSerializer(article).data)


# --------------------------------------------------------------------------- sources


def _source_context(sources) -> dict:
    ids = [source.pk for source in sources]
    return {"track_records": queries.track_records(ids), "descriptors": queries.descriptors(ids)}


class SourceListApi(BaseApi):
    pagination_class = SyncCursorPagination
    filterset_class = SourceFilter
    filter_backends = [DjangoFilterBackend]  # documents the filters in the schema

    def get_queryset(self):  # for the schema's filter parameters only
        return Source.objects.none()

    @extend_schema(
        operation_id="sources_list",
        summary="Sources with their aliases, descriptors and track record",
        description="Consumers see sources of published claims; desk staff see the whole registry.",
        filters=True,
        responses={200: SourceOutputSerializer(many=True), **BAD_REQUEST, **ERRORS, **NOT_FOUND},
    )
    def get(self, request):
        queryset = _filtered(SourceFilter, request, queries.api_sources(include_unpublished=request.verify_staff))
        paginator = self.paginator
        page = paginator.paginate_queryset(queryset, request, view=self)
        data = SourceOutputSerializer(page, many=True, context=_source_context(page)).data
        return paginator.get_paginated_response(data)


class SourceDetailApi(BaseApi):
    @extend_schema(
        operation_id="sources_retrieve",
        summary="One source",
        responses={200: SourceOutputSerializer, **ERRORS, **NOT_FOUND},
    )
    def get(self, request, source_id: int):
        source = queries.api_sources(include_unpublished=request.verify_staff).filter(pk=source_id).first()
        if source is None:
            raise NotFound(f"no source {source_id}")
        return Response(SourceOutputSerializer(source, context=_source_context([source])).data)
