#!/usr/bin/env python3
"""Run .phpt tests against miniphp: `tests/run_phpt.py --miniphp BUILD/sapi/cli/miniphp tests/phpt`.

The runner lives in tests/tools/run_phpt.py (beside the .phpt reader and its unit tests); this is the entry
point a newcomer finds first. `--help` lists the options.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'tools'))
import run_phpt  # noqa: E402

if __name__ == '__main__':
    sys.exit(run_phpt.main())
