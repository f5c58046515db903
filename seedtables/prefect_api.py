"""The Prefect API for one `seedtables run`.

PREFECT_API_URL when it is set; otherwise a temporary local Prefect server (SQLite under
PREFECT_HOME) that this module starts, waits for, shares and stops:

- it starts at once, as a process of its own, so that it comes up while the pipeline's modules
  import; on a machine's first run it creates its database, which can take a minute or more on
  a slow or busy machine, so the wait is generous (180 s; PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS
  in the environment sets it) and says what is happening;
- its address is known (its port bound) as it starts, and goes into PREFECT_API_URL before the
  pipeline imports Prefect, so every thread of the run and every worker process uses it (any
  of them left without it starts a Prefect server of its own);
- its output goes to a file of its own, not into the run's (kept as a log only when it fails
  to start), and it stops only after Prefect has sent the run's last logs and events to it;
- it dies with the run, even a run killed with SIGKILL: `die_with_parent` (also used by the
  process pool's workers, flows/pipeline.py).

Prefect's own `SubprocessASGIServer` gives none of these: a 20 s start-up limit counted in
polling rounds, output into the run's, no way to make its process die with the run.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path

DEFAULT_STARTUP_TIMEOUT = 180.0
TIMEOUT_VARIABLE = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
# how the local server runs: Prefect's own ephemeral-server app and environment
# (prefect/server/api/server.py, SubprocessASGIServer._run_uvicorn_command)
APP = "prefect.server.api.server:create_app"
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
WHAT_TO_DO = ("Start a server with `prefect server start` in another terminal and set "
              "PREFECT_API_URL=http://127.0.0.1:4200/api, or allow more time with {var}=600; "
              "PREFECT_HOME ({home}) must be writable.")


class PrefectUnavailable(Exception):
    """The run has no Prefect API: the message is one line saying what to do."""


@contextmanager
def prefect_api(status=None):
    """The Prefect API for one run, as an object whose `in_use()` wraps the run. Entering starts
    the local server when PREFECT_API_URL is not set; leaving stops it. `status` (default
    stderr) gets the one line saying that the server is starting (on a first run, or when the
    run has to wait for it)."""
    if os.environ.get("PREFECT_API_URL"):
        yield ExternalAPI(os.environ["PREFECT_API_URL"])
        return
    server = LocalServer(status)
    server.start()
    try:
        yield server
    finally:
        server.stop()


class ExternalAPI:
    """A Prefect server the user runs (PREFECT_API_URL)."""

    def __init__(self, url: str):
        self.url = url

    @contextmanager
    def in_use(self):
        _check_reachable(self.url)
        try:
            yield self.url
        finally:
            _drain_prefect_workers()


class LocalServer:
    """A temporary Prefect server in a child process, on a port this process holds."""

    def __init__(self, status=None):
        self.status = status
        self.process: subprocess.Popen | None = None
        self.port: int | None = None
        self.output = None  # the server's output: a file without a name, gone with this process
        self.started_at = 0.0
        self.announced = False
        self.prefect_imported = False  # before start(): its settings lack the address

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        """Start the server process and return at once. The port is bound here and handed to
        the server, so no other process can take it meanwhile; until the server listens on it
        (after creating or migrating its database), connecting is refused. On a first run the
        wait is long enough to say so at once."""
        if not os.environ.get("PREFECT_API_DATABASE_CONNECTION_URL") and not (prefect_home() / "prefect.db").exists():
            self._announce(" (first run on this machine creates its database; this can take a minute)")
        self.output = tempfile.TemporaryFile(prefix="seedtables-prefect-server-")  # noqa: SIM115 (closed by stop)
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | SERVER_ENV
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
            # its own session: a Ctrl-C meant for the run does not stop the server under it
            self.process = subprocess.Popen(
                [sys.executable, "-m", "seedtables.prefect_api", str(os.getpid()), str(sock.fileno())],
                env=env, stdin=subprocess.DEVNULL, stdout=self.output, stderr=subprocess.STDOUT,
                pass_fds=(sock.fileno(),), start_new_session=True)
        self.started_at = time.monotonic()
        # The address is known now, before the pipeline imports Prefect, which reads its settings
        # once, at import, for every thread of this process (its own threads, e.g. the process
        # pool's message forwarder, do not see `temporary_settings`; left without an address,
        # they start a server of their own) and passes them on to worker processes.
        os.environ["PREFECT_API_URL"] = self.url
        self.prefect_imported = "prefect.context" in sys.modules

    def wait(self) -> str:
        """The server's API address once it answers; PrefectUnavailable when it cannot start."""
        if self._healthy():
            return self.url
        self._announce()
        timeout = startup_timeout()
        deadline = self.started_at + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail("Prefect's local server stopped while starting", f"exit code {self.process.returncode}")
            if self._healthy():
                return self.url
            time.sleep(0.25)
        self._fail(f"Prefect's local server did not start within {timeout:.0f} s")

    @contextmanager
    def in_use(self):
        """Wait for the server, then run with it; afterwards send Prefect's queued logs and
        events while the server still runs."""
        url = self.wait()
        from prefect.settings import PREFECT_API_URL, temporary_settings

        if self.prefect_imported:  # imported before start(): read the environment again
            _refresh_prefect_settings()
        with temporary_settings({PREFECT_API_URL: url}):  # also for a caller inside settings of its own
            try:
                yield url
            finally:
                _drain_prefect_workers()

    def stop(self) -> None:
        """Stop the server: SIGTERM (it shuts down its services and database), SIGKILL after 15 s."""
        proc, self.process = self.process, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self.output is not None:
            self.output.close()
            self.output = None
        if self.port is not None and os.environ.get("PREFECT_API_URL") == self.url:
            del os.environ["PREFECT_API_URL"]
            if "prefect.context" in sys.modules:  # no later use in this process reaches for a stopped server
                _refresh_prefect_settings()

    def _announce(self, why: str = "") -> None:
        if not self.announced:
            print(f"seedtables: starting Prefect's local server{why}...", file=self.status or sys.stderr, flush=True)
            self.announced = True

    def _healthy(self) -> bool:
        try:
            with _LOCAL.open(f"{self.url}/health", timeout=5) as resp:
                return resp.status == 200
        except (OSError, ValueError):
            return False

    def _fail(self, what: str, *details: str):
        """Stop the server, keep its output in a log file and raise the one-line message."""
        proc, out = self.process, self.output
        self.output = None
        self.stop()
        details = list(details)
        try:
            out.seek(0)  # the server is gone: nothing writes at this offset any more
            text = out.read().decode(errors="replace")
            fd, log = tempfile.mkstemp(prefix="seedtables-prefect-server-", suffix=".log")
            with os.fdopen(fd, "w") as f:
                f.write(text)
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            errors = [ln for ln in lines if re.match(r"[\w.]+(Error|Exception)\b.*:", ln)]  # an exception's line
            last = (errors or lines)[-1:]
            if last and proc is not None and proc.returncode not in (None, -signal.SIGTERM, -signal.SIGKILL):
                details.append(f"{'error' if errors else 'last logged'}: {last[0][:200]}")
            details.append(f"its log: {log}")
        except OSError:
            pass
        finally:
            out.close()
        advice = WHAT_TO_DO.format(var=TIMEOUT_VARIABLE, home=prefect_home())
        raise PrefectUnavailable(f"{what} ({'; '.join(details)}). {advice}")


# requests to the local server go straight to it, never through a proxy from the environment
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def prefect_home() -> Path:
    return Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()


def startup_timeout() -> float:
    """Seconds to wait for the local server: PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS when
    set in the environment; otherwise 180, or Prefect's setting (e.g. from a profile) when larger.
    Prefect's default of 20 s is too short for a first run on a busy machine."""
    raw = os.environ.get(TIMEOUT_VARIABLE, "").strip()
    if raw:
        try:
            return max(float(raw), 1.0)
        except ValueError:
            pass
    try:
        from prefect.settings import get_current_settings

        return max(DEFAULT_STARTUP_TIMEOUT, float(get_current_settings().server.ephemeral.startup_timeout_seconds))
    except Exception:  # a settings problem shows when the run uses them
        return DEFAULT_STARTUP_TIMEOUT


def _refresh_prefect_settings() -> None:
    """Prefect's process-wide settings, read again from the environment."""
    with suppress(Exception):
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()


def _check_reachable(url: str) -> None:
    """PrefectUnavailable when nothing answers at `url`; any HTTP answer will do (the run's own
    requests report what is wrong with it)."""
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=15):
            pass
    except urllib.error.HTTPError:
        pass
    except (OSError, ValueError) as err:
        reason = getattr(err, "reason", err)
        raise PrefectUnavailable(
            f"no Prefect API answers at PREFECT_API_URL={url} ({reason}). Start that server (e.g. `prefect server "
            "start`), or unset PREFECT_API_URL to let the run start a temporary local one.") from None


def _drain_prefect_workers(timeout: float = 30) -> None:
    """Send the logs and events Prefect still holds (its API log and events workers) while the
    server runs; stopping it first makes them fail with errors at exit."""
    try:
        from prefect.events.worker import EventsWorker
        from prefect.logging.handlers import APILogWorker
    except Exception:  # nothing to drain
        return
    for worker in (APILogWorker, EventsWorker):
        with suppress(Exception):  # best effort: the run's outcome is decided
            worker.drain_all(timeout=timeout)


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int, poll: float = 0.25, pdeathsig: bool = False) -> None:
    """Make this process die (SIGKILL) when `parent_pid`, the process that started it, dies,
    however it dies. A watchdog thread notices within `poll` seconds that this process was
    handed to another parent. With `pdeathsig` (Linux), the kernel also kills it at once; only
    for a child started by the parent's main thread: the kernel sends the signal when the
    starting *thread* ends. Used as a process-pool initializer, so it must stay picklable."""
    if pdeathsig and sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # died before we could watch it
        os.kill(os.getpid(), signal.SIGKILL)

    def watch():
        while os.getppid() == parent_pid:
            time.sleep(poll)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def _serve(parent_pid: int, fd: int) -> None:
    """The server process: Prefect's ephemeral-server app under uvicorn, on the socket the run
    bound for it (`python -m seedtables.prefect_api PARENT_PID FD`)."""
    die_with_parent(parent_pid, pdeathsig=True)
    import uvicorn

    sock = socket.socket(fileno=fd)
    server = uvicorn.Server(uvicorn.Config(APP, factory=True, lifespan="on", log_level="error"))
    server.run(sockets=[sock])
    if not server.started:
        sys.exit(3)


if __name__ == "__main__":
    _serve(int(sys.argv[1]), int(sys.argv[2]))
