"""Name-keyed registries of readers and exporters.

A reader or exporter is one module that registers itself with a decorator::

    @readers.register("jsonl", extensions=(".jsonl", ".ndjson"))
    def read_jsonl(path, *, report): ...

    @exporters.register("graphml", description="GraphML for Gephi/yEd")
    def write_graphml(graph, out_dir): ...

Extractors use spaCy's own factory registry instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from kg.errors import ConfigError, Errors


@dataclass(frozen=True)
class Entry:
    name: str
    func: Callable[..., Any]
    description: str = ""
    extensions: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)


class Registry:
    """A small ordered mapping of name -> :class:`Entry`."""

    def __init__(self, kind: str):
        self.kind = kind
        self._entries: dict[str, Entry] = {}

    def register(self, name: str, *, description: str = "", extensions: tuple[str, ...] = (), **options: Any):
        def decorator(func: Callable[..., Any]) -> Callable[..., Any]:
            self._entries[name] = Entry(name, func, description or (func.__doc__ or "").strip().split("\n")[0],
                                        tuple(extensions), dict(options))
            return func

        return decorator

    def get(self, name: str) -> Entry:
        self._load()
        try:
            return self._entries[name]
        except KeyError:
            raise ConfigError(Errors.E003.format(kind=self.kind, name=name, choices=", ".join(sorted(self._entries)))) from None

    def get_all(self) -> dict[str, Entry]:
        self._load()
        return dict(sorted(self._entries.items()))

    def __contains__(self, name: str) -> bool:
        self._load()
        return name in self._entries

    def _load(self) -> None:
        # Import the built-in plugin packages lazily, so `kg.registry` stays cheap.
        if self.kind == "reader":
            import kg.readers  # noqa: F401
        elif self.kind == "exporter":
            import exports  # noqa: F401


readers = Registry("reader")
exporters = Registry("exporter")
