#!/usr/bin/env python3
"""Pools several quick runs of unchanged code into one baseline folder for the gate.

    python3 reports/bin/pool-baseline.py RUN_DIR RUN_DIR RUN_DIR --into reports/baseline/

Why pool: a JIT settles in its mode once per JVM, so the gate's replicates are forks (reports/README.md,
"Replicates"). One quick run has 3 forks per engine; a baseline of 3 forks that happened to land in
one mode would make the other mode look like a significant change. Pooled runs give the baseline
9 forks, which carry the modes in the proportion they occur.

Each result is matched across runs by harness, engine, workload, size, metric and configuration
params (reports' MetricKey); its samples are concatenated run after run, `forks` is summed (so a
throughput result's samples stay `forks` x `iterations`, fork after fork), and median and ci95 (a seeded percentile bootstrap of the median) are
recomputed. `series` (chart points) are dropped: the gate reads samples only. A run with failures
or unvalidated results is refused: a baseline must be clean. Exit: 0 written, 2 usage, 4 input
missing or not readable, 5 runs that do not match (different harness sets or profiles, or a failure).
"""
import argparse, json, os, random, sys

CONFIGURATION_PARAMS = ("threads", "batch", "unwind", "registry", "loaded", "mode", "instances")


def fail(code, message):
    print("pool-baseline.py: " + message, file=sys.stderr)
    sys.exit(code)


def load(path):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (OSError, ValueError) as e:
        fail(4, f"{path}: {e}")


def key(result):
    params = result.get("params", {})
    config = tuple((k, str(params[k])) for k in CONFIGURATION_PARAMS if k in params)
    return (result["engine"], result["workload"], result.get("size", ""), result["metric"], config)


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def median_ci95(values, seed=1, resamples=2000):
    rng = random.Random(seed)
    meds = sorted(median([rng.choice(values) for _ in values]) for _ in range(resamples))
    return [meds[int(0.025 * resamples)], meds[int(0.975 * resamples) - 1]]


def pool(files):
    first = files[0]
    merged = {}
    order = []
    for f in files:
        if f.get("failures"):
            fail(5, f"{f['_path']}: has failures ({f['failures'][0].get('reason', '?')}); record a baseline from clean runs")
        if f.get("profile") != first.get("profile"):
            fail(5, f"{f['_path']}: profile {f.get('profile')} differs from {first.get('profile')}")
        for r in f.get("results", []):
            if not r.get("validated", True):
                fail(5, f"{f['_path']}: {r['engine']} {r['workload']} {r['metric']} is not validated")
            k = key(r)
            if k not in merged:
                merged[k] = json.loads(json.dumps(r))
                merged[k]["samples"] = []
                order.append(k)
                if "forks" in r.get("params", {}):
                    merged[k]["params"]["forks"] = 0
            m = merged[k]
            m["samples"].extend(r["samples"])
            if r.get("params", {}).get("iterations") != m["params"].get("iterations"):
                fail(5, f"{f['_path']}: {r['engine']} {r['workload']}: {r['params'].get('iterations')} iterations per fork, "
                        f"the first run had {m['params'].get('iterations')}")
            if "forks" in m["params"]:
                m["params"]["forks"] += int(r.get("params", {}).get("forks", 1))
    out = json.loads(json.dumps({k: v for k, v in first.items() if k != "_path"}))
    out["results"] = []
    for k in order:
        r = merged[k]
        r.pop("series", None)
        r["median"] = median(r["samples"])
        r["ci95"] = median_ci95(r["samples"])
        out["results"].append(r)
    out["environment"]["pooledRuns"] = [
        {"gitRevision": f["environment"].get("gitRevision"), "date": f["environment"].get("date")} for f in files]
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("runs", nargs="+", help="folders written by ./scripts/bench.sh")
    p.add_argument("--into", required=True)
    a = p.parse_args()
    if len(a.runs) < 2:
        fail(2, "give two or more run folders (one run needs no pooling: copy its files)")
    harnesses = None
    for d in a.runs:
        if not os.path.isdir(d):
            fail(4, f"{d}: not a folder")
        names = sorted(n for n in os.listdir(d) if n.endswith(".json"))
        if harnesses is None:
            harnesses = names
        elif names != harnesses:
            fail(5, f"{d}: results files {names} differ from {harnesses}")
    pooled = {}
    for name in harnesses:
        files = []
        for d in a.runs:
            f = load(os.path.join(d, name))
            f["_path"] = os.path.join(d, name)
            files.append(f)
        pooled[name] = pool(files)
    # Written only once every harness pooled, each file through a temporary name: nothing half-written.
    os.makedirs(a.into, exist_ok=True)
    for name, content in pooled.items():
        target = os.path.join(a.into, name)
        with open(target + ".tmp", "w") as fh:
            json.dump(content, fh, indent=1)
        os.replace(target + ".tmp", target)
        print(target)


if __name__ == "__main__":
    main()
