"""Message-level checks of the notebook extension (renderers, magics, live progress, interrupt) in the
Chunkwise kernel, through a real Jupyter client (jupyter_client)."""

import base64
import re
import struct
import time
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

from kernel_harness import KernelHarness

LONG_COMPUTE = "Chunkwise.random(1, new long[]{20000, 20000}, 1000).sin().sum().compute()"
HUGE = "Chunkwise.random(2, new long[]{40000, 40000}, 1000).sin().sum()"


def png_size(b64):
    """(width, height) of a base64 PNG, read from its IHDR chunk; fails if it is not a PNG."""
    raw = base64.b64decode(b64)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert raw[12:16] == b"IHDR", "no IHDR chunk"
    return struct.unpack(">II", raw[16:24])


def shared_fixture(name):
    """A GDAL-made fixture from the shared directory beside the repository, or None."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "geotiff" / name
        if candidate.is_file():
            return candidate
    return None


class NotebookExtensionTest(unittest.TestCase):
    """One kernel for the class; each test uses its own variable names."""

    @classmethod
    def setUpClass(cls):
        cls.kernel = KernelHarness().start()
        run = cls.kernel.execute("var x = Chunkwise.random(1, new long[]{2000, 2000}, 500);")
        assert run.status == "ok", run

    @classmethod
    def tearDownClass(cls):
        cls.kernel.stop()

    def run_ok(self, code, timeout=120):
        run = self.kernel.execute(code, timeout=timeout)
        self.assertEqual("ok", run.status, run)
        return run

    def assert_next_cell_works(self):
        self.assertEqual("2", self.run_ok("1 + 1").text)

    def last_display(self, run):
        self.assertTrue(run.displays, run)
        return run.displays[-1]["data"]

    def test_chunked_array_cell_yields_html_summary_with_svg_grid(self):
        run = self.run_ok("x.mul(x)")
        html = run.result["text/html"]
        root = ET.fromstring(html)
        self.assertEqual(1, len([e for e in root.iter() if e.tag.endswith("svg")]), html)
        self.assertIn("16 chunks", html)
        self.assertTrue(run.text.startswith("ChunkedArray<mul, shape=(2000, 2000)"), run.text)

    def test_hist_magic_yields_png_and_bin_table(self):
        run = self.run_ok("%hist x.mul(x) --bins 50")
        data = self.last_display(run)
        self.assertEqual((640, 360), png_size(data["image/png"]))
        ET.fromstring(data["text/html"])
        self.assertIn("Histogram: 50 bins", data["text/html"])
        self.assertIn("total=4000000", data["text/plain"])

    def test_long_compute_shows_one_display_then_updates_ending_done(self):
        run = self.run_ok(LONG_COMPUTE, timeout=600)
        kinds = [m["msg_type"] for m in run.messages if m["msg_type"] in ("display_data", "update_display_data")]
        self.assertEqual("display_data", kinds[0], kinds)
        self.assertEqual(1, kinds.count("display_data"), kinds)
        self.assertGreater(len(kinds), 1, "at least the final update")
        ids = {m["content"]["transient"]["display_id"] for m in run.messages
               if m["msg_type"] in ("display_data", "update_display_data")}
        self.assertEqual(1, len(ids), ids)
        final = run.updates[-1]["data"]
        self.assertIn("400 / 400 tasks", final["text/plain"])
        self.assertIn("done in", final["text/plain"])
        ET.fromstring(final["text/html"])
        self.assertIsNotNone(run.result, "the computed value is the cell's result")

    def test_interrupted_compute_magic_stops_within_a_second_with_a_short_message(self):
        msg_id = self.kernel.send_execute("%compute " + HUGE)
        time.sleep(3)
        interrupted = time.monotonic()
        self.kernel.interrupt()
        run = self.kernel.collect(msg_id, timeout=60, started=interrupted)
        self.assertLess(run.elapsed, 1.0, "stopped %.2f s after the interrupt" % run.elapsed)
        texts = [d["data"]["text/plain"] for d in run.displays]
        self.assertTrue(any(re.fullmatch(r"computation cancelled after [0-9,]+ of 1,600 tasks", t) for t in texts),
                        texts)
        self.assertIn("cancelled after", run.updates[-1]["data"]["text/plain"])
        self.assertNotIn("Exception", run.stdout + run.stderr)
        self.assert_next_cell_works()

    def test_interrupted_compute_cell_reports_interrupt_and_next_cell_works(self):
        msg_id = self.kernel.send_execute(HUGE + ".compute()")
        time.sleep(3)
        interrupted = time.monotonic()
        self.kernel.interrupt()
        run = self.kernel.collect(msg_id, timeout=60, started=interrupted)
        self.assertLess(run.elapsed, 1.0, "stopped %.2f s after the interrupt" % run.elapsed)
        self.assertEqual("error", run.status)
        self.assertIn("Interrupted", run.traceback_text())
        self.assertIn("cancelled after", run.updates[-1]["data"]["text/plain"])
        self.assert_next_cell_works()

    def test_bad_magic_arguments_list_the_valid_options(self):
        run = self.kernel.execute("%hist x --bins ten")
        self.assertEqual("error", run.status)
        text = run.traceback_text()
        self.assertIn("%hist: --bins expects a whole number but got 'ten'.", text)
        self.assertIn("Valid options: --bins N, --range LO,HI, --log.", text)
        self.assertNotIn("\tat ", text)
        self.assertNotIn("    at ", text, "a usage error has no stack trace")
        self.assert_next_cell_works()

    def test_describe_shows_statistics_table(self):
        data = self.last_display(self.run_ok("%describe x"))
        root = ET.fromstring(data["text/html"])
        names = [th.text for th in root.iter("th")]
        self.assertEqual(["count", "NaN count", "mean", "std", "min", "25%", "50%", "75%", "max"], names)
        self.assertIn("4,000,000", data["text/plain"])

    def test_preview_shows_a_downsampled_image(self):
        data = self.last_display(self.run_ok("%preview x.add(x.mean()) --size 100"))
        w, h = png_size(data["image/png"])
        self.assertLessEqual(max(w, h), 100)
        self.assertIn("every 20th value", data["text/plain"])

    def test_graph_shows_svg_layers(self):
        data = self.last_display(self.run_ok("%graph x.mul(x).sum()"))
        root = ET.fromstring(data["image/svg+xml"])
        self.assertEqual(3, len([r for r in root.iter() if r.get("class") == "layer"]))

    def test_scheduler_and_help_magics(self):
        self.assertIn("set to 1 worker thread", self.last_display(self.run_ok("%scheduler threads 1"))["text/plain"])
        self.assertIn("set to 2 worker threads", self.last_display(self.run_ok("%scheduler threads 2"))["text/plain"])
        shown = self.last_display(self.run_ok("%scheduler"))["text/plain"]
        self.assertIn("SIMD on (Vector API", shown, "the kernelspec starts the JVM with the Vector API module")
        help_text = self.last_display(self.run_ok("%chunkwise"))["text/plain"]
        for usage in ("%compute EXPR", "%hist EXPR [--bins N] [--range LO,HI] [--log]", "%describe EXPR",
                      "%preview EXPR [--size PX]", "%graph EXPR", "%scheduler [threads N | sync]", "%chunkwise"):
            self.assertIn(usage, help_text)

    def test_geotiff_handle_shows_a_metadata_card(self):
        tif = shared_fixture("s2_reflectance_uint16_3band_tiled256_lzw.tif")
        if tif is None:
            self.skipTest("the shared GeoTIFF fixtures are absent")
        run = self.run_ok('Chunkwise.openGeoTiff(Path.of("%s"))' % tif.as_posix())
        html = run.result["text/html"]
        ET.fromstring(html)
        self.assertIn("EPSG:32633 (WGS 84 / UTM zone 33N)", html)
        self.assertIn("tiles of 256 \u00d7 256", html)

    def test_install_again_from_a_cell_is_idempotent(self):
        run = self.run_ok("io.chunkwise.notebook.ChunkwiseExtension.install()")
        self.assertIn("already installed in the Chunkwise kernel", run.text)
        data = self.last_display(self.run_ok("%hist x --bins 5"))
        self.assertEqual(1, data["text/html"].count("<img"), "renderers and magics are registered once")


if __name__ == "__main__":
    unittest.main()
