"""Executes every teaching notebook in notebooks/ with nbclient in the chunkwise kernel and fails on any
error output, or when a notebook takes longer than two minutes."""

import time
import unittest
from pathlib import Path

import nbformat

from kernel_harness import default_kernelspec_dir

REPO = Path(__file__).resolve().parents[4]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9]*.ipynb"))
LIMIT_S = 120


def execute(path, kernelspec_dir):
    """Runs a notebook from its own folder (so relative data paths work); returns it and the seconds taken."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    spec_dir = Path(kernelspec_dir).resolve()

    class PrivateSpecKernelManager(AsyncKernelManager):
        def __init__(self, **kwargs):
            kwargs.setdefault("kernel_spec_manager", KernelSpecManager(kernel_dirs=[str(spec_dir.parent)]))
            super().__init__(**kwargs)

    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name=spec_dir.name, allow_errors=True,
                            kernel_manager_class=PrivateSpecKernelManager,
                            resources={"metadata": {"path": str(path.parent)}})
    t0 = time.monotonic()
    client.execute()
    return nb, time.monotonic() - t0


def errors(nb):
    """(cell number, ename: evalue) of every error output."""
    found = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                found.append((i, "%s: %s" % (out.get("ename"), out.get("evalue"))))
    return found


class NotebooksTest(unittest.TestCase):
    def test_there_are_six_notebooks(self):
        self.assertEqual(6, len(NOTEBOOKS), [p.name for p in NOTEBOOKS])

    def test_every_notebook_runs_without_errors_in_under_two_minutes(self):
        for path in NOTEBOOKS:
            with self.subTest(notebook=path.name):
                nb, seconds = execute(path, default_kernelspec_dir())
                self.assertEqual([], errors(nb), path.name)
                outputs = sum(len(c.get("outputs", [])) for c in nb.cells if c.cell_type == "code")
                self.assertGreater(outputs, 3, path.name + " produced outputs")
                self.assertLess(seconds, LIMIT_S, "%s took %.0f s" % (path.name, seconds))


if __name__ == "__main__":
    unittest.main()
