"""The three purposes a person consents to, each given and withdrawn on its own (docs/data-protection.md).

(1) the competency interview and the development plan, (2) using the data for a funding application including
passing them to the Arbeitsagentur, (3) pooled, pseudonymised use in the network (joint courses, network
statistics). Every use checks its own purpose: ratings and plans need (1), funding estimates and any hand-over
to the Arbeitsagentur need (2), every count across companies needs (3).

The stored value of purpose (1) is the one every consent record had before consent per purpose existed, so an
old record counts for purpose (1) only.
"""

from __future__ import annotations

from enum import StrEnum

# The Art. 9 GDPR consent to store that a person is severely disabled (for the § 82 rule of 100 % below 500
# staff). It is recorded like the others but is none of the three purposes of the Art. 13 sheet.
CONSENT_PURPOSE_DISABILITY = "schwerbehinderung"


class ConsentPurpose(StrEnum):
    INTERVIEW_AND_PLAN = "kompetenzerhebung"
    FUNDING_APPLICATION = "foerderantrag"
    NETWORK_POOLING = "verbund"

    @property
    def number(self) -> int:
        return _NUMBERS[self]

    @property
    def label_de(self) -> str:
        return _LABELS_DE[self]

    @classmethod
    def parse(cls, value: str) -> ConsentPurpose | None:
        """The purpose stored as ``value``, or None for other records (e.g. the Art. 9 consent)."""
        try:
            return cls(value)
        except ValueError:
            return None


_NUMBERS = {
    ConsentPurpose.INTERVIEW_AND_PLAN: 1,
    ConsentPurpose.FUNDING_APPLICATION: 2,
    ConsentPurpose.NETWORK_POOLING: 3,
}
_LABELS_DE = {
    ConsentPurpose.INTERVIEW_AND_PLAN: "Kompetenzgespräch und Entwicklungsplan",
    ConsentPurpose.FUNDING_APPLICATION: "Förderantrag und Weitergabe an die Agentur für Arbeit",
    ConsentPurpose.NETWORK_POOLING: "Pseudonymisierte Nutzung im Weiterbildungsverbund",
}

PURPOSES_IN_ORDER = tuple(sorted(ConsentPurpose, key=lambda p: p.number))
