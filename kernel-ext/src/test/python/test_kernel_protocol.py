"""Message-level checks of the Chunkwise kernel through a real Jupyter client (jupyter_client)."""

import os
import shutil
import subprocess
import tempfile
import time
import unittest
from pathlib import Path

from kernel_harness import KernelHarness, run_notebook

HELLO_SOURCE = """package e2e;
public class Hello {
    public String greet(String who) { return "hello " + who; }
}
"""


def jdk_tool(name):
    """A JDK tool (javac, jar) from $JAVA_HOME, else from the PATH; None if absent."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / name).is_file():
        return str(Path(home) / "bin" / name)
    return shutil.which(name)


class KernelProtocolTest(unittest.TestCase):
    """One kernel for the whole class; each test uses its own names so order does not matter."""

    @classmethod
    def setUpClass(cls):
        cls.kernel = KernelHarness().start()
        cls.workdir = Path(tempfile.mkdtemp(prefix="chunkwise-e2e-"))

    @classmethod
    def tearDownClass(cls):
        cls.kernel.stop()
        shutil.rmtree(cls.workdir, ignore_errors=True)

    def run_ok(self, code):
        run = self.kernel.execute(code)
        self.assertEqual("ok", run.status, run)
        return run

    def assert_next_cell_works(self):
        self.assertEqual("2", self.run_ok("1 + 1").text)

    def test_kernel_info_reports_java(self):
        info = self.kernel.kernel_info()
        self.assertEqual("Java", info["language_info"]["name"])
        self.assertEqual("text/x-java-source", info["language_info"]["mimetype"])
        self.assertIn("Chunkwise", info["banner"])

    def test_expression_value_is_the_execute_result(self):
        run = self.run_ok("1 + 1")
        self.assertEqual("2", run.text)
        self.assertEqual(run.reply["execution_count"], run.of_type("execute_result")[0]["execution_count"])

    def test_declaration_has_no_execute_result(self):
        self.assertIsNone(self.run_ok("int declared = 5;").result)

    def test_println_arrives_as_stdout_stream(self):
        run = self.run_ok('System.out.println("hello from java");')
        self.assertEqual("hello from java\n", run.stdout)

    def test_stderr_arrives_as_stderr_stream(self):
        run = self.run_ok('System.err.println("warned");')
        self.assertEqual("warned\n", run.stderr)

    def test_print_from_a_worker_thread_reaches_the_cell(self):
        run = self.run_ok('Thread t = new Thread(() -> System.out.println("from worker"));\n'
                          't.start(); t.join();')
        self.assertEqual("from worker\n", run.stdout)

    def test_compile_error_replies_error_and_next_cell_works(self):
        run = self.kernel.execute('int ok1 = 1;\nint bad1 = missingName + 1;')
        self.assertEqual("error", run.status)
        self.assertEqual("CompilationException", run.error["ename"])
        text = run.traceback_text()
        self.assertIn("line 2: cannot find symbol", text)
        self.assertIn("    int bad1 = missingName + 1;\n               ^^^^^^^^^^^", text)
        self.assertNotIn("\tat ", text)
        self.assert_next_cell_works()

    def test_runtime_exception_replies_error_and_next_cell_works(self):
        run = self.kernel.execute('int zero = 0;\nint boom = 10 / zero;')
        self.assertEqual("error", run.status)
        self.assertEqual("ArithmeticException", run.error["ename"])
        self.assertEqual("/ by zero", run.error["evalue"])
        text = run.traceback_text()
        self.assertTrue(text.startswith("java.lang.ArithmeticException: / by zero"), text)
        self.assertIn("at line 2 of cell", text)
        for machinery in ("jdk.jshell", "reflect", "io.chunkwise.kernel"):
            self.assertNotIn(machinery, text)
        self.assert_next_cell_works()

    def test_completion_of_Str_offers_String(self):
        reply = self.kernel.complete("int n = 1;\nStr")
        self.assertEqual("ok", reply["status"])
        self.assertIn("String", reply["matches"])
        self.assertEqual(11, reply["cursor_start"])
        self.assertEqual(14, reply["cursor_end"])

    def test_is_complete_answers(self):
        self.assertEqual({"status": "incomplete", "indent": ""}, self.kernel.is_complete("int x = "))
        self.assertEqual("complete", self.kernel.is_complete("int x = 1;")["status"])
        self.assertEqual("invalid", self.kernel.is_complete('String s = "open')["status"])

    def test_inspect_shows_signatures(self):
        reply = self.kernel.inspect("Math.max(1, 2)", 6)
        self.assertTrue(reply["found"], reply)
        self.assertIn("int Math.max(int a, int b)", reply["data"]["text/plain"])

    def interrupt_running(self, code):
        msg_id = self.kernel.send_execute(code)
        time.sleep(1.5)
        started = time.monotonic()
        self.kernel.interrupt()
        run = self.kernel.collect(msg_id, timeout=30)
        took = time.monotonic() - started
        self.assertEqual("error", run.status, run)
        self.assertEqual("CellInterruptedException", run.error["ename"])
        self.assertIn("interrupted", run.traceback_text())
        self.assertLess(took, 5.0, "the interrupt took %.1f s" % took)
        self.assert_next_cell_works()

    def test_interrupt_stops_a_sleep_loop(self):
        self.interrupt_running("while (true) { Thread.sleep(20); }")

    def test_interrupt_stops_a_busy_loop(self):
        self.interrupt_running("long spins = 0;\nwhile (true) { spins++; }")

    def compile_hello(self):
        javac = jdk_tool("javac")
        if javac is None:
            self.skipTest("no javac to build a test class")
        src = self.workdir / "src" / "e2e"
        src.mkdir(parents=True, exist_ok=True)
        (src / "Hello.java").write_text(HELLO_SOURCE)
        classes = self.workdir / "classes"
        subprocess.run([javac, "-d", str(classes), str(src / "Hello.java")], check=True)
        return classes

    def test_classpath_magic_adds_a_class_directory(self):
        classes = self.compile_hello()
        run = self.run_ok(f'%classpath {classes}\nnew e2e.Hello().greet("dir")')
        self.assertIn("Added to classpath: " + str(classes), run.stdout)
        self.assertEqual("hello dir", run.text)

    def test_jars_magic_adds_a_jar(self):
        classes = self.compile_hello()
        jar_tool = jdk_tool("jar")
        if jar_tool is None:
            self.skipTest("no jar tool to build a test jar")
        libs = self.workdir / "libs"
        libs.mkdir(exist_ok=True)
        subprocess.run([jar_tool, "cf", str(libs / "hello.jar"), "-C", str(classes), "."], check=True)
        run = self.run_ok(f'%jars {libs}/*.jar\nnew e2e.Hello().greet("jar")')
        self.assertIn("hello.jar", run.stdout)
        self.assertEqual("hello jar", run.text)

    def test_jars_magic_without_a_match_is_an_error(self):
        run = self.kernel.execute("%jars /nonexistent-dir-for-e2e/*.jar")
        self.assertEqual("error", run.status)
        self.assertIn("nothing matches", run.error["evalue"])
        self.assert_next_cell_works()

    def test_unknown_magic_is_an_error(self):
        run = self.kernel.execute("%nosuchmagic 1 2")
        self.assertEqual("error", run.status)
        self.assertIn("nosuchmagic", run.error["evalue"])
        self.assert_next_cell_works()

    def test_kernel_classes_are_shared_with_cells(self):
        run = self.run_ok("DType.FLOAT64.itemSize()")
        self.assertEqual("8", run.text)
        run = self.run_ok("io.chunkwise.kernel.ChunkwiseKernel.getKernelInstance() != null\n"
                          "  && DType.class.getClassLoader() == ClassLoader.getSystemClassLoader()")
        self.assertEqual("true", run.text)

    def test_chunkwise_computes_in_a_cell(self):
        run = self.run_ok("var numbers = Chunkwise.arange(1000, 100);\n(long) numbers.sum().compute().item()")
        self.assertEqual(str(sum(range(1000))), run.text)

    def test_display_and_update_display_reach_the_client(self):
        run = self.run_ok(
            "var shown = new io.github.spencerpark.jupyter.kernel.display.DisplayData(\"step 0\");\n"
            "shown.setDisplayId(\"e2e-progress\");\n"
            "io.chunkwise.kernel.ChunkwiseKernel.getKernelInstance().display(shown);\n"
            "io.chunkwise.kernel.ChunkwiseKernel.getKernelInstance().getIO().display.updateDisplay(\n"
            "    \"e2e-progress\", new io.github.spencerpark.jupyter.kernel.display.DisplayData(\"step 1\"));")
        self.assertEqual(1, len(run.displays), run)
        self.assertEqual("step 0", run.displays[0]["data"]["text/plain"])
        self.assertEqual("e2e-progress", run.displays[0]["transient"]["display_id"])
        self.assertEqual(1, len(run.updates), run)
        self.assertEqual("step 1", run.updates[0]["data"]["text/plain"])


class NotebookRunTest(unittest.TestCase):
    def test_nbclient_executes_a_notebook(self):
        import nbformat
        nb = nbformat.v4.new_notebook()
        nb.cells = [nbformat.v4.new_code_cell("int base = 20;"),
                    nbformat.v4.new_code_cell('System.out.println("base is " + base);\nbase + 22')]
        done = run_notebook(nb)
        outputs = done.cells[1].outputs
        self.assertEqual("base is 20\n", outputs[0]["text"])
        self.assertEqual("42", outputs[1]["data"]["text/plain"])


if __name__ == "__main__":
    unittest.main()
