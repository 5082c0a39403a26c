#!/usr/bin/env python3
"""Measure what the engine's 'measured' model predicts, on the CPython that runs this.

Prints one JSON object on stdout. numpy and pandas parts report {"available": false,
"reason": ...} when the module does not import, so the caller can skip them and say why.
Usage: python3 tests/calibration/measure.py [rows]   (default 3000 rows of 1536 values)
"""
import gc
import json
import platform
import random
import struct
import sys
import tracemalloc

D = 1536
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 3000


def traced_per_row(build):
    """Bytes per row that tracemalloc sees for what build() returns and keeps alive."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = build()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    gc.collect()
    return (after - before) / ROWS


def exact_rows():
    # list(tuple) allocates exactly len() slots, like .tolist() and unpickling do.
    out = [None] * ROWS
    for i in range(ROWS):
        t = tuple(random.random() for _ in range(D))
        out[i] = list(t)
        del t
    return out


def comprehension_rows():
    out = [None] * ROWS
    for i in range(ROWS):
        out[i] = [random.random() for _ in range(D)]
    return out


def measure_core():
    return {
        "float": sys.getsizeof(1.5),
        "int": sys.getsizeof(1),
        "empty_list": sys.getsizeof([]),
        "list_exact": sys.getsizeof(list(tuple(float(i) for i in range(D)))),
        "list_comprehension": sys.getsizeof([float(i) for i in range(D)]),
    }


def measure_numpy():
    try:
        import numpy as np
    except Exception as e:  # noqa: BLE001 - any import failure means "not available"
        return {"available": False, "reason": f"numpy does not import: {e}"}
    f32 = traced_per_row(lambda: np.ones((ROWS, D), dtype=np.float32))
    f64 = traced_per_row(lambda: np.ones((ROWS, D), dtype=np.float64))
    src = np.random.rand(ROWS, D)
    tolist = traced_per_row(lambda: src.tolist())
    del src
    return {
        "available": True,
        "version": np.__version__,
        "f32_per_row_tracemalloc": f32,
        "f64_per_row_tracemalloc": f64,
        "f32_scalar": sys.getsizeof(np.float32(1)),
        "tolist_per_row_tracemalloc": tolist,
    }


def measure_pandas():
    try:
        import numpy as np
        import pandas as pd
    except Exception as e:  # noqa: BLE001
        return {"available": False, "reason": f"pandas does not import: {e}"}
    lol = np.random.rand(ROWS, D).tolist()
    s = pd.Series(lol)
    usage = s.memory_usage(deep=True, index=False) / ROWS
    return {"available": True, "version": pd.__version__, "memory_usage_lists_per_row": usage}


def main():
    result = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "pointer_bytes": struct.calcsize("P"),
        "dim": D,
        "rows": ROWS,
        "getsizeof": measure_core(),
        "lists_tracemalloc_per_row": {
            "exact": traced_per_row(exact_rows),
            "comprehension": traced_per_row(comprehension_rows),
        },
        "numpy": measure_numpy(),
        "pandas": measure_pandas(),
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
