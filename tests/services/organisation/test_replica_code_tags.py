"""Code tags per replica (issue 12, item 6): a Hypothesis property over one device's history of suggestions,
syncs, backups and restores, with the office's rule for tags (the device's number at enrolment; a new number for
every new replica that asks, from the same series, never twice).

What it shows with the real ``suggest_code``: a code suggested by one replica never equals one suggested by
another replica of the device when either carries a tag; and when every restored replica syncs once before it
suggests a code, no two replicas ever suggest the same code. (Left: two restores that both suggest untagged codes
before either reaches the office can meet, as two unconnected workspaces can; see docs/sync.md, "Identity".)
With the tag kept through a restore, as before, the property fails: the example at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from hypothesis import given, settings
from hypothesis import strategies as st

from verbund_desktop.services.common.code_tag import tag_for_number
from verbund_desktop.services.organisation.company_validation import suggest_code

COMPANY = "Bäckerei Möller GmbH"


@dataclass(frozen=True)
class Replica:
    name: int
    tag: str | None
    known: frozenset[str]
    pending: tuple[tuple[int, str], ...] = ()  # (row, code): a person added and not yet sent


@dataclass
class Office:
    # casefolded code -> (row, replica, tag); the same row sent again (a restored backup's unanswered change,
    # re-sent under a new id) is the same person, no clash
    codes: dict[str, tuple[int, int, str | None]] = field(default_factory=dict)
    last_number: int = 1  # the device was enrolled with number 1 ("A")
    clashes: list[tuple[tuple[int, int, str | None], tuple[int, int, str | None]]] = field(
        default_factory=list
    )

    def allot(self) -> str:
        self.last_number += 1
        return tag_for_number(self.last_number)


STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.just(0)),
        st.tuples(st.just("sync"), st.just(0)),
        st.tuples(st.just("backup"), st.just(0)),
        st.tuples(st.just("restore"), st.integers(0, 5)),
    ),
    max_size=30,
)


def _run(steps: list[tuple[str, int]], *, contact_after_restore: bool, keep_tag: bool = False) -> Office:
    office = Office()
    live = Replica(name=0, tag="A", known=frozenset({"BM-01", "BM-02"}))
    backups: list[Replica] = []
    replicas, rows = 1, 0
    for kind, arg in steps:
        if kind == "add":
            code = suggest_code(COMPANY, live.known, live.tag)
            rows += 1
            live = replace(live, known=live.known | {code}, pending=(*live.pending, (rows, code)))
        elif kind == "sync":
            live = _sync(office, live)
        elif kind == "backup":
            backups.append(live)
        elif backups:
            source = backups[arg % len(backups)]
            live = replace(source, name=replicas, tag=source.tag if keep_tag else None)
            replicas += 1
            if contact_after_restore:
                live = _sync(office, live)
    return office


def _sync(office: Office, live: Replica) -> Replica:
    tag = live.tag or office.allot()  # the replica asks for its own tag before it pushes
    for row, code in live.pending:
        key, mine = code.casefold(), (row, live.name, live.tag)
        if key not in office.codes:
            office.codes[key] = mine
        elif office.codes[key][0] != row:
            office.clashes.append((office.codes[key], mine))
    return replace(live, tag=tag, known=live.known | {c for c in office.codes}, pending=())


@settings(max_examples=300)
@given(steps=STEPS)
def test_a_tagged_code_of_one_replica_never_meets_a_code_of_another(steps: list[tuple[str, int]]) -> None:
    office = _run(steps, contact_after_restore=False)
    for (_, first, first_tag), (_, second, second_tag) in office.clashes:
        assert first != second, office.clashes  # a replica never suggests a code twice (it knows its own)
        assert first_tag is None and second_tag is None, office.clashes


@settings(max_examples=300)
@given(steps=STEPS)
def test_replicas_that_sync_once_after_a_restore_never_suggest_the_same_code(
    steps: list[tuple[str, int]],
) -> None:
    assert _run(steps, contact_after_restore=True).clashes == []


def test_with_the_tag_kept_through_a_restore_the_newer_selfs_code_comes_again() -> None:
    """The defect of before: backup, a code pushed, restore, the same code suggested again."""
    steps = [("backup", 0), ("add", 0), ("sync", 0), ("restore", 0), ("add", 0), ("sync", 0)]
    assert _run(steps, contact_after_restore=False, keep_tag=True).clashes
    assert _run(steps, contact_after_restore=False).clashes == []
