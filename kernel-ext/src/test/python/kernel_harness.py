"""Drive a Jupyter kernel from a kernelspec directory at the message level.

Reusable by every end-to-end test of the Chunkwise kernel and its notebook extension:

    with KernelHarness(spec_dir) as k:
        run = k.execute("1 + 1")
        assert run.text == "2"

The kernelspec is found through a private KernelSpecManager pointed at the spec's parent directory, so
tests never read or change the user's installed kernelspecs.
"""

import os
import time
from pathlib import Path

from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

DEFAULT_TIMEOUT = 60


def default_kernelspec_dir():
    """The kernelspec that `mvn package` builds, or the one named by $CHUNKWISE_KERNELSPEC."""
    env = os.environ.get("CHUNKWISE_KERNELSPEC")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "target" / "kernelspec" / "chunkwise"


class Execution:
    """Everything one execute_request produced: the reply and the IOPub messages of that request."""

    def __init__(self, msg_id, reply, messages, elapsed):
        self.msg_id = msg_id
        self.reply = reply
        self.messages = messages
        self.elapsed = elapsed

    @property
    def status(self):
        return self.reply["status"]

    def of_type(self, msg_type):
        return [m["content"] for m in self.messages if m["msg_type"] == msg_type]

    @property
    def stdout(self):
        return "".join(c["text"] for c in self.of_type("stream") if c["name"] == "stdout")

    @property
    def stderr(self):
        return "".join(c["text"] for c in self.of_type("stream") if c["name"] == "stderr")

    @property
    def result(self):
        """The data bundle of the execute_result, or None."""
        results = self.of_type("execute_result")
        return results[-1]["data"] if results else None

    @property
    def text(self):
        """The text/plain of the execute_result, or None."""
        return self.result.get("text/plain") if self.result else None

    @property
    def displays(self):
        return self.of_type("display_data")

    @property
    def updates(self):
        return self.of_type("update_display_data")

    @property
    def error(self):
        """The content of the IOPub error message, or None."""
        errors = self.of_type("error")
        return errors[-1] if errors else None

    def traceback_text(self):
        """The error's traceback as plain text (ANSI colours removed)."""
        import re
        lines = self.error["traceback"] if self.error else []
        return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(lines))

    def __repr__(self):
        return "Execution(status=%s, text=%r, stdout=%r, stderr=%r, error=%r)" % (
            self.status, self.text, self.stdout, self.stderr, self.error)


class KernelHarness:
    """Starts the kernel of a kernelspec directory and talks to it through a blocking client."""

    def __init__(self, kernelspec_dir=None, env=None, startup_timeout=120):
        self.spec_dir = Path(kernelspec_dir or default_kernelspec_dir()).resolve()
        if not (self.spec_dir / "kernel.json").is_file():
            raise FileNotFoundError(
                "no kernel.json in %s; build it with `mvn package` or set CHUNKWISE_KERNELSPEC" % self.spec_dir)
        self.extra_env = dict(env or {})
        self.startup_timeout = startup_timeout
        self.km = None
        self.kc = None

    def start(self):
        ksm = KernelSpecManager(kernel_dirs=[str(self.spec_dir.parent)])
        self.km = KernelManager(kernel_name=self.spec_dir.name, kernel_spec_manager=ksm)
        env = dict(os.environ)
        env.update(self.extra_env)
        self.km.start_kernel(env=env)
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=self.startup_timeout)
        return self

    def stop(self):
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None and self.km.has_kernel:
            self.km.shutdown_kernel(now=False)
        self.kc = self.km = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def is_alive(self):
        return self.km is not None and self.km.is_alive()

    def kernel_info(self, timeout=DEFAULT_TIMEOUT):
        return self._request(self.kc.kernel_info(), timeout)

    def send_execute(self, code, allow_stdin=False):
        """Sends an execute_request and returns its msg_id without waiting."""
        return self.kc.execute(code, allow_stdin=allow_stdin)

    def collect(self, msg_id, timeout=DEFAULT_TIMEOUT, started=None):
        """Waits for the reply and the final idle status of `msg_id`; returns an Execution."""
        started = started or time.monotonic()
        deadline = time.monotonic() + timeout
        messages, reply = [], None
        idle = False
        while not idle:
            msg = self.kc.get_iopub_msg(timeout=self._left(deadline, msg_id))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status":
                idle = msg["content"]["execution_state"] == "idle"
            else:
                messages.append(msg)
        while reply is None:
            msg = self.kc.get_shell_msg(timeout=self._left(deadline, msg_id))
            if msg["parent_header"].get("msg_id") == msg_id:
                reply = msg["content"]
        return Execution(msg_id, reply, messages, time.monotonic() - started)

    def execute(self, code, timeout=DEFAULT_TIMEOUT):
        started = time.monotonic()
        return self.collect(self.send_execute(code), timeout, started)

    def complete(self, code, cursor_pos=None, timeout=DEFAULT_TIMEOUT):
        pos = len(code) if cursor_pos is None else cursor_pos
        return self._request(self.kc.complete(code, pos), timeout)

    def is_complete(self, code, timeout=DEFAULT_TIMEOUT):
        return self._request(self.kc.is_complete(code), timeout)

    def inspect(self, code, cursor_pos=None, detail_level=0, timeout=DEFAULT_TIMEOUT):
        pos = len(code) if cursor_pos is None else cursor_pos
        return self._request(self.kc.inspect(code, pos, detail_level), timeout)

    def interrupt(self):
        """Interrupts the running cell (an interrupt_request for interrupt_mode "message")."""
        self.km.interrupt_kernel()

    def _request(self, msg_id, timeout):
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=self._left(deadline, msg_id))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg["content"]

    @staticmethod
    def _left(deadline, msg_id):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no complete answer to request %s in time" % msg_id)
        return left


def run_notebook(nb, kernelspec_dir=None, timeout=DEFAULT_TIMEOUT, env=None):
    """Executes a notebook (an nbformat node) with nbclient on the kernelspec; returns it executed.

    nbclient owns (starts and shuts down) the kernel; it finds the kernelspec through a private
    KernelSpecManager, like KernelHarness.
    """
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient
    spec_dir = Path(kernelspec_dir or default_kernelspec_dir()).resolve()
    spec_parent = str(spec_dir.parent)

    class PrivateSpecKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("kernel_spec_manager", KernelSpecManager(kernel_dirs=[spec_parent]))
            super().__init__(**kwargs)

    merged = dict(os.environ)
    merged.update(env or {})
    client = NotebookClient(nb, timeout=timeout, kernel_name=spec_dir.name,
                            kernel_manager_class=PrivateSpecKernelManager)
    return client.execute(env=merged)
