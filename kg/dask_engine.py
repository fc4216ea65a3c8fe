"""Run the build's extraction on a Dask cluster (``paperkg build --engine dask``).

Why Dask: it is an existing distributed engine that users already run on their
machines (``dask scheduler`` + ``dask worker``), so paperkg needs no scheduler of
its own to use more than one machine. The build's chunked extraction
(:func:`kg.builder.build`) submits one task per chunk to an
:class:`concurrent.futures.Executor`; :class:`DaskExecutor` is that executor on a
``distributed.Client``, with the same ``initializer``/``initargs`` contract as
:class:`~concurrent.futures.ProcessPoolExecutor`, so the local and the Dask
engines share every other line of the build and write the same part files in the
same order: their outputs are byte for byte the same.

What makes it fast (measured for issue "Scale"):

- The task function (:func:`run_task`, which calls the builder's chunk function)
  lives in an importable module, so tasks pickle by reference. A function defined
  in ``__main__`` is pickled by value with everything it references, and the spaCy
  pipeline then travels with every task (3-13x slower).
- The pipeline is built once per worker process: a :class:`WorkerPlugin` carries
  the initializer to every worker (present and future), and the first task on a
  worker runs it; later tasks reuse it. The plugin only stores the initializer:
  building the pipeline inside ``setup`` would block the worker's event loop.
- Tasks take and return plain dicts (records in, extractions out), never Docs.
- A thread lock serialises tasks within one worker process: a spaCy pipeline is
  not thread-safe, and threads would not run Python in parallel anyway. Run
  workers with one thread each (``dask worker --nthreads 1 --nworkers N``).

Without ``scheduler``, a :class:`distributed.LocalCluster` of ``workers``
single-threaded worker processes is started and closed with the executor; with
``scheduler="tcp://HOST:8786"``, the executor connects to that cluster, whose
workers must have paperkg (and the same extractors) installed.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from kg.errors import ConfigError, Errors

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # Dask is optional at import time; DaskExecutor reports it ([E350])
    WorkerPlugin = object  # type: ignore[misc,assignment]

__all__ = ["DaskExecutor", "PipelinePlugin", "run_task", "ENGINES"]

#: Values of ``paperkg build --engine``.
ENGINES = ("local", "dask")

_LOCK = threading.Lock()
#: Per worker process: the initializer the plugin delivered, and whether it ran.
_INIT: dict[str, Any] = {"initializer": None, "initargs": (), "done": False, "runs": 0}


def _install(initializer: Callable[..., Any] | None, initargs: tuple) -> None:
    with _LOCK:
        if _INIT["initializer"] is not initializer or _INIT["initargs"] != initargs:
            _INIT.update(initializer=initializer, initargs=initargs, done=False)


def run_task(fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn(*args)`` on a worker, after this process's initializer (once).

    This is the function Dask ships with every task; ``fn`` must itself be importable
    (e.g. ``kg.builder._extract_chunk``) so that both pickle by reference.

    Example:
        >>> run_task(sum, [1, 2, 3])
        6
    """
    with _LOCK:
        if not _INIT["done"]:
            if _INIT["initializer"] is not None:
                _INIT["initializer"](*_INIT["initargs"])
                _INIT["runs"] += 1
            _INIT["done"] = True
        return fn(*args)


class PipelinePlugin(WorkerPlugin):
    """Delivers the extraction initializer to every worker (those present and those joining later)."""

    name = "paperkg-pipeline"

    def __init__(self, initializer: Callable[..., Any] | None, initargs: tuple = ()):
        self.initializer = initializer
        self.initargs = tuple(initargs)

    def setup(self, worker: Any) -> None:
        _install(self.initializer, self.initargs)


class DaskExecutor:
    """A :class:`concurrent.futures.Executor`-like front to a Dask cluster.

    Args:
        scheduler: address of a running scheduler (``tcp://HOST:8786``); a
            ``LocalCluster`` is started when None.
        workers: worker processes of the ``LocalCluster`` (ignored with ``scheduler``).
        initializer: called once in each worker process before its first task
            (e.g. to build the spaCy pipeline), with ``initargs``. Both must pickle.
        initargs: arguments of ``initializer``.
        timeout: how long to wait for the scheduler (a Dask duration, e.g. ``"20s"``).

    Use it as a context manager; :meth:`submit` returns a ``distributed.Future``
    (``.result()`` returns the value or raises the task's exception).
    ``parallelism`` is the number of worker threads of the cluster, so a caller can
    keep that many tasks (times a small factor) in flight and no more.

    Raises:
        ConfigError: [E350] Dask is not installed, [E351] the scheduler cannot be
            reached, [E352] a worker cannot take the initializer (paperkg missing there).
    """

    def __init__(self, *, scheduler: str | None = None, workers: int = 1,
                 initializer: Callable[..., Any] | None = None, initargs: tuple = (), timeout: str = "20s"):
        if workers < 1:
            raise ConfigError(Errors.E301.format(value=workers))
        self.scheduler = scheduler
        self.workers = workers
        self.timeout = timeout
        self.plugin = PipelinePlugin(initializer, initargs)
        self.client: Any = None
        self.cluster: Any = None
        self.parallelism = workers

    def __enter__(self) -> DaskExecutor:
        try:
            import logging

            from distributed import Client, LocalCluster
        except ImportError as err:
            raise ConfigError(Errors.E350.format(detail=err)) from err
        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout=self.timeout)
            else:
                # No dashboard, and the scheduler's HTTP server (metrics) on a free port: on its default
                # 8787 a second cluster on the machine (another build, a test in parallel) got a warning.
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, scheduler_port=0, silence_logs=logging.ERROR,
                                            scheduler_kwargs={"dashboard": False, "dashboard_address": ":0"})
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as err:
            self.close()
            raise ConfigError(Errors.E351.format(scheduler=self.scheduler or "LocalCluster", detail=err)) from err
        try:
            self.client.register_plugin(self.plugin)
        except Exception as err:  # unpickling on a worker without paperkg, or the like
            self.close()
            raise ConfigError(Errors.E352.format(scheduler=self.scheduler or "LocalCluster",
                                                 detail=f"{type(err).__name__}: {err}")) from err
        self.parallelism = max(1, sum(self.client.nthreads().values())) if self.scheduler else self.workers
        return self

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        """Run ``fn(*args)`` on the cluster (after the worker's initializer); return its future."""
        if self.client is None:
            raise RuntimeError("DaskExecutor.submit outside its `with` block")
        # pure=False: don't hash a thousand records to name the task; every chunk is new work.
        return self.client.submit(run_task, fn, *args, pure=False)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def __exit__(self, *exc: Any) -> None:
        self.close()
