"""The Binder path: binder/postBuild, run in a copy of the repository with a fresh HOME, builds and
installs the chunkwise kernelspec; the quick-guide notebook then runs in the kernel it installed."""

import os
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from test_notebooks import REPO, errors, execute


def repository_files():
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True)
    return [f for f in out.stdout.decode().split("\0") if f]


class BinderTest(unittest.TestCase):
    def test_postbuild_installs_a_kernel_that_runs_the_quick_guide(self):
        if shutil.which("jupyter") is None or shutil.which("mvn") is None:
            self.skipTest("jupyter (Debian jupyter-client) and mvn are needed on the PATH")
        work = Path(tempfile.mkdtemp(prefix="chunkwise-binder-"))
        try:
            copy = work / "repo"
            for f in repository_files():
                (copy / f).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO / f, copy / f)
            home = work / "home"
            home.mkdir()
            env = dict(os.environ)
            env["HOME"] = str(home)
            # reuse the Maven cache instead of downloading every dependency again
            env["MAVEN_OPTS"] = (env.get("MAVEN_OPTS", "") + " -Dmaven.repo.local="
                                 + str(Path(os.environ.get("HOME", "~")).expanduser() / ".m2" / "repository")).strip()
            env.pop("JUPYTER_PATH", None)
            env.pop("JUPYTER_DATA_DIR", None)
            run = subprocess.run(["bash", "binder/postBuild"], cwd=copy, env=env, capture_output=True, text=True,
                                 timeout=900)
            self.assertEqual(0, run.returncode, run.stdout[-3000:] + run.stderr[-3000:])
            spec = home / ".local" / "share" / "jupyter" / "kernels" / "chunkwise"
            self.assertTrue((spec / "kernel.json").is_file(), "postBuild installed the kernelspec at " + str(spec))
            nb, seconds = execute(copy / "notebooks" / "01-quick-guide.ipynb", spec)
            self.assertEqual([], errors(nb))
            self.assertLess(seconds, 120)
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
