"""The ids of every row the program ships (catalogues, guides, example offers), without a database.

They are derived exactly as ``content.py`` derives them when it loads the bundle (``content_id``); a test keeps
the two equal (every shared row of a fresh workspace is in this set). Enrolment uses it to tell the bundled
content in a laptop's outbox from rows a person made (``services/sync/enrolment.py``).
"""

from __future__ import annotations

from functools import cache

from verbund_desktop.services.workspace.content import content_id


def _catalog_ids() -> set[str]:
    from verbund_desktop.assessment.catalog import builtin_catalogs

    ids: set[str] = set()
    for cat in builtin_catalogs():
        base = ("catalog", cat.key, cat.version)
        ids.add(str(content_id(*base)))
        ids.update(str(content_id(*base, "level", str(lv.value))) for lv in cat.levels)
        for area in cat.areas:
            ids.add(str(content_id(*base, "area", area.code)))
            ids.update(str(content_id(*base, "competence", c.code)) for c in area.competences)
    return ids


def _guide_ids() -> set[str]:
    from verbund_desktop.assessment.guide import builtin_guides

    ids: set[str] = set()
    for guide in builtin_guides():
        base = ("guide", guide.key, guide.version)
        ids.add(str(content_id(*base)))
        for sec in guide.sections:
            ids.add(str(content_id(*base, "section", sec.key)))
            ids.update(str(content_id(*base, "question", q.key)) for q in sec.questions)
    return ids


def _offer_ids() -> set[str]:
    from verbund_desktop.assessment.offers import builtin_offers

    collection = builtin_offers()
    ids: set[str] = set()
    for offer in collection.offers:
        ids.add(str(content_id("offer", collection.key, offer.key)))
        ids.update(
            str(content_id("offer", collection.version, offer.key, oc.catalog_key, oc.competence_code))
            for oc in offer.competences
        )
    return ids


@cache
def bundled_content_ids() -> frozenset[str]:
    """Canonical UUID strings of every bundled row of this program version."""
    return frozenset(_catalog_ids() | _guide_ids() | _offer_ids())


__all__ = ["bundled_content_ids"]
