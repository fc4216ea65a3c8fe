"""Exporters of paperkg; importing this package registers every built-in one.

Each exporter is one module registered in :data:`kg.registry.exporters` as
``write_<format>(graph, out_dir) -> list[Path]``.
"""

import importlib
import pkgutil

for _mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
    importlib.import_module(f"{__name__}.{_mod}")
