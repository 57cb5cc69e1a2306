#!/usr/bin/python3
"""Dask and NumPy timings for the issue-3 workloads that the shared baseline does not cover, printed as
JSON lines shaped like the Chunkwise bench main's (best of the first 3 of 5 runs after one warm-up).

    /usr/bin/python3 bench/dask_extra.py [--scale 0.5] [--only OVERLAP,QUANTILE,MATMUL]

OVERLAP:  3x3 focal mean with da.map_overlap (boundary 'reflect'), then .mean(), random n x n, chunks 1000
QUANTILE: one full pass (sum) vs np.quantile(x, 0.99) (exact) and da.percentile (approximate) on n x n
MATMUL:   (m x m) @ (m x m), numpy (BLAS) and dask, m = 4000 * scale
"""
import argparse
import json
import statistics
import time

import numpy as np


def run(workload, case, engine, fn):
    fn()
    reps = []
    for _ in range(5):
        t0 = time.perf_counter()
        fn()
        reps.append(time.perf_counter() - t0)
    print(json.dumps({"workload": workload, "case": case, "engine": engine,
                      "best_of_3_s": round(min(reps[:3]), 4), "median_of_5_s": round(statistics.median(reps), 4)}),
          flush=True)


def focal(b):
    out = np.zeros_like(b)
    out[1:-1, 1:-1] = sum(b[1 + di:b.shape[0] - 1 + di, 1 + dj:b.shape[1] - 1 + dj]
                          for di in (-1, 0, 1) for dj in (-1, 0, 1)) / 9
    return out


def main():
    import dask
    import dask.array as da
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", default="OVERLAP,QUANTILE,MATMUL")
    a = ap.parse_args()
    only = a.only.split(",")
    dask.config.set(scheduler="threads", num_workers=2)
    n = int(20000 * a.scale)
    if "OVERLAP" in only:
        x = da.random.random((n, n), chunks=(1000, 1000))
        run("OVERLAP", "focal_mean_3x3_mean", "dask",
            lambda: x.map_overlap(focal, depth=1, boundary="reflect", dtype=float).mean().compute())
    if "QUANTILE" in only:
        x = np.random.default_rng(4).random((n, n))
        d = da.from_array(x, chunks=(1000, 1000))
        run("QUANTILE", "one_pass_sum", "dask", lambda: d.sum().compute())
        run("QUANTILE", "percentile_99_approx", "dask", lambda: da.percentile(d.ravel(), 99).compute())
        run("QUANTILE", "quantile_0.99_exact", "numpy", lambda: np.quantile(x, 0.99))
        del x, d
    if "MATMUL" in only:
        m = int(4000 * a.scale)
        rng = np.random.default_rng(5)
        p, q = rng.random((m, m)), rng.random((m, m))
        run("MATMUL", "matmul", "numpy", lambda: p @ q)
        dp, dq = da.from_array(p, chunks=(1000, 1000)), da.from_array(q, chunks=(1000, 1000))
        run("MATMUL", "matmul", "dask", lambda: (dp @ dq).compute())


if __name__ == "__main__":
    main()
