from verbund_desktop.assessment.gaps import (
    Priority,
    RatingLevels,
    compute_gaps,
    fields_of_action,
    gap_of,
)


def test_gap_is_target_minus_agreed_current() -> None:
    gap = gap_of(RatingLevels("1.1", agreed=2, target=5, priority=Priority.HIGH))
    assert gap is not None
    assert (gap.current, gap.target, gap.size, gap.weighted) == (2, 5, 3, 9)
    assert not gap.provisional


def test_no_gap_when_reached_not_applicable_or_target_missing() -> None:
    assert gap_of(RatingLevels("a", agreed=4, target=4)) is None
    assert gap_of(RatingLevels("a", agreed=5, target=3)) is None
    assert gap_of(RatingLevels("a", agreed=1, target=4, not_applicable=True)) is None
    assert gap_of(RatingLevels("a", agreed=1, target=None)) is None
    assert gap_of(RatingLevels("a", agreed=None, target=3)) is None


def test_without_agreed_level_the_lower_rating_gives_a_provisional_gap() -> None:
    gap = gap_of(RatingLevels("a", agreed=None, target=5, self_rating=4, supervisor_rating=2))
    assert gap is not None and gap.current == 2 and gap.provisional


def test_gaps_sorted_by_priority_then_size() -> None:
    gaps = compute_gaps(
        [
            RatingLevels("low-big", agreed=0, target=4, priority=Priority.LOW),
            RatingLevels("high-small", agreed=2, target=3, priority=Priority.HIGH),
            RatingLevels("high-big", agreed=1, target=4, priority=Priority.HIGH),
        ]
    )
    assert [g.competence_key for g in gaps] == ["high-big", "high-small", "low-big"]


def test_fields_of_action_aggregate_people() -> None:
    a = compute_gaps([RatingLevels("x", agreed=1, target=3, priority=Priority.HIGH)])
    b = compute_gaps(
        [RatingLevels("x", agreed=2, target=3, priority=Priority.LOW), RatingLevels("y", agreed=0, target=1)]
    )
    fields = fields_of_action([a, b])
    assert [(f.competence_key, f.people, f.total_gap, f.weighted_gap) for f in fields] == [
        ("x", 2, 3, 7),
        ("y", 1, 1, 2),
    ]
