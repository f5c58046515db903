"""Choosing among overlapping mentions."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def longest_first(items: Iterable[T], span: Callable[[T], tuple[int, int]] = lambda x: (x.start, x.end)) -> list[T]:
    """Keep the longest of overlapping mentions ("Corea del Sud" over "Sud", "tremila" over "tre"),
    the leftmost among equals; return them in reading order."""
    items = list(items)
    if len(items) < 2:
        return items  # most sentences: nothing to choose
    spans = [span(x) for x in items]  # read once each: the sorts and the overlap test reuse them
    kept: list[int] = []
    for i in sorted(range(len(items)), key=lambda i: (spans[i][0] - spans[i][1], spans[i][0])):
        a, b = spans[i]
        if all(b <= spans[k][0] or a >= spans[k][1] for k in kept):
            kept.append(i)
    kept.sort(key=lambda i: spans[i][0])
    return [items[i] for i in kept]
