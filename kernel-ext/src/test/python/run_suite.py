"""Runs unittest modules and reports one machine-readable line per test (read by KernelEndToEndIT).

    /usr/bin/python3 run_suite.py test_kernel_protocol [more modules...]

Each test prints `##cw-result <ok|fail|error|skip> <test id>`; failures and skips add
`##cw-detail <test id> <line>` lines. The last line is the plain count `N passed, N failed, N skipped`.
"""

import sys
import traceback
import unittest


class LineResult(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.passed = 0

    def report(self, outcome, test, detail=""):
        print("##cw-result %s %s" % (outcome, test.id()), flush=True)
        for line in detail.splitlines():
            print("##cw-detail %s %s" % (test.id(), line), flush=True)

    def addSuccess(self, test):
        super().addSuccess(test)
        self.passed += 1
        self.report("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.report("fail", test, "".join(traceback.format_exception(*err)))

    def addError(self, test, err):
        super().addError(test, err)
        self.report("error", test, "".join(traceback.format_exception(*err)))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.report("skip", test, reason)


def main(modules):
    suite = unittest.defaultTestLoader.loadTestsFromNames(modules)
    result = LineResult()
    suite.run(result)
    failed = len(result.failures) + len(result.errors)
    print("%d passed, %d failed, %d skipped" % (result.passed, failed, len(result.skipped)), flush=True)
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["test_kernel_protocol"]))
