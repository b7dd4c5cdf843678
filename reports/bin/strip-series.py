#!/usr/bin/env python3
"""Copies results files into a baseline folder, dropping the deserialize harness's per-load series
(chart points only; the gate reads samples and the scaling-exponent result)."""
import argparse, json, os, sys

p = argparse.ArgumentParser(description=__doc__)
p.add_argument("files", nargs="+")
p.add_argument("--into", required=True)
a = p.parse_args()
os.makedirs(a.into, exist_ok=True)
for f in a.files:
    try:
        with open(f) as fh:
            j = json.load(fh)
    except (OSError, ValueError) as e:
        sys.exit(f"strip-series.py: {f}: {e}")
    if j.get("harness") == "deserialize":
        for r in j.get("results", []):
            r.pop("series", None)
    out = os.path.join(a.into, os.path.basename(f))
    with open(out, "w") as fh:
        json.dump(j, fh, indent=1)
    print(out)
