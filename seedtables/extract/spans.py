"""Choosing among overlapping mentions."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


def longest_first(items: Iterable[T], span: Callable[[T], tuple[int, int]] = lambda x: (x.start, x.end)) -> list[T]:
    """Keep the longest of overlapping mentions ("Corea del Sud" over "Sud", "tremila" over "tre"),
    the leftmost among equals; return them in reading order."""
    kept: list[T] = []
    for item in sorted(items, key=lambda x: (-(span(x)[1] - span(x)[0]), span(x)[0])):
        a, b = span(item)
        if all(b <= span(k)[0] or a >= span(k)[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda x: span(x)[0])
