#!/usr/bin/env python3
"""Sums a dotnet-trace speedscope file (sampled thread time) by category and by frame.

    dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o cli.nettrace -- \
        dotnet src/UpgradeGuard.Cli/bin/Release/net10.0/upgrade-guard.dll check DIR --format json --output /dev/null
    build/bench/summarize-speedscope.py cli.speedscope.json [REGEX ...]

Prints, for all threads together, the sampled time per category (the innermost matching frame decides; a stack
inside Thread.PollGC counts as GC/suspension) split into managed code and native-or-blocked, then the inclusive
time of the frames matching each REGEX given. Sampled thread time counts threads that are waiting too, and the
sampler suspends the runtime itself, so read proportions, not absolute times.
"""
import collections
import json
import re
import sys

CATEGORIES = [
    ("GC or suspension (Thread.PollGC)", r"PollGC"),
    ("output (report formatters, System.Text.Json)", r"UpgradeGuard\.Cli\.Output\.|System\.Text\.Json"),
    ("discovery (folder walk)", r"ManifestDiscovery"),
    (".editorconfig lookup", r"EditorConfigResolver"),
    ("read file bytes", r"File\.ReadAllBytes"),
    ("suppression comments", r"Suppressions\.Read"),
    ("YAML parse (YamlTreeReader)", r"YamlTreeReader\.Read"),
    ("decode / control characters (ManifestSource)", r"ManifestSource"),
    ("bind (ManifestBinder)", r"ManifestBinder"),
    ("plan (UpgradePlan.Build)", r"UpgradePlan\.Build"),
    ("rules", r"UpgradeGuard\.Core\.Rules\."),
    ("finish / sort", r"UpgradeGuardEngine\.Finish|DiagnosticOrder|ArraySortHelper"),
    ("engine, other", r"UpgradeGuardEngine"),
    ("thread pool idle / spinning", r"LowLevelLifoSemaphore|WaitHandle|LowLevelSpinWaiter|Monitor\.Wait|SemaphoreSlim"),
    ("command line / startup", r"System\.CommandLine|CheckCommand|Program\.Main|AppContext\.Setup|CatalogLoader"),
]


def main():
    data = json.load(open(sys.argv[1]))
    patterns = [re.compile(p) for p in sys.argv[2:]]
    frames = [f["name"] for f in data["shared"]["frames"]]
    compiled = [(name, re.compile(rx)) for name, rx in CATEGORIES]
    by_category = collections.defaultdict(lambda: [0.0, 0.0])
    inclusive = collections.Counter()
    total = 0.0
    for profile in data["profiles"]:
        stack, last = [], profile["startValue"]
        for event in profile["events"]:
            dt, last = event["at"] - last, event["at"]
            if stack and dt > 0:
                names = [frames[f] for f in stack]
                managed = names[-1] == "CPU_TIME"
                category = None
                if any("PollGC" in n for n in names):
                    category = CATEGORIES[0][0]
                else:
                    for name in reversed(names):
                        category = next((c for c, rx in compiled[1:] if rx.search(name)), None)
                        if category:
                            break
                by_category[category or "other"][0 if managed else 1] += dt
                for f in set(stack):
                    inclusive[f] += dt
                total += dt
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                while stack and stack.pop() != event["frame"]:
                    pass
    print("| category | managed code (ms) | native code or blocked (ms) | share |")
    print("|---|---:|---:|---:|")
    for name, (m, n) in sorted(by_category.items(), key=lambda kv: -sum(kv[1])):
        print(f"| {name} | {m:.0f} | {n:.0f} | {100 * (m + n) / total:.1f}% |")
    print(f"| all threads | {sum(v[0] for v in by_category.values()):.0f} | {sum(v[1] for v in by_category.values()):.0f} | 100% |")
    for rx in patterns:
        print(f"\nframes matching /{rx.pattern}/, inclusive over all threads:")
        for f, ms in sorted(((f, v) for f, v in inclusive.items() if rx.search(frames[f])), key=lambda x: -x[1])[:5]:
            print(f"  {ms:8.0f} ms  {frames[f][:150]}")


if __name__ == "__main__":
    main()
