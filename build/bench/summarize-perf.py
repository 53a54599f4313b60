#!/usr/bin/env python3
"""Self and inclusive CPU time per function of a native (Native AOT) executable from `perf record -g` samples.

   perf record -F 499 -e cpu-clock -g -o cli.perf.data NATIVE check DIR --format json --output /dev/null
   build/bench/summarize-perf.py cli.perf.data NATIVE.dbg [TOP]

perf cannot find the symbols of a Native AOT executable (they are in the separate upgrade-guard.dbg), so this maps
the sampled addresses onto `nm` of the .dbg file itself. Addresses outside the executable (the kernel, libc) are
grouped by their library. The machine has no hardware counters (a VM): cpu-clock is a software timer, so only the
proportions matter. Used for docs/performance.md ("Where the native command line's per-file time goes").
"""
import bisect, collections, re, subprocess, sys

data, dbg = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
exe = dbg[:-4] if dbg.endswith(".dbg") else dbg

symbols = []
for line in subprocess.run(["nm", "-n", "--defined-only", dbg], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split(maxsplit=2)
    if len(parts) == 3 and parts[1] in "tTwW":
        symbols.append((int(parts[0], 16), parts[2]))
starts = [s[0] for s in symbols]

def name_of(address, dso):
    if not dso.endswith(exe.split("/")[-1]):
        return "[" + dso.split("/")[-1] + "]"
    i = bisect.bisect_right(starts, address) - 1
    return symbols[i][1] if i >= 0 else hex(address)

def short(name):
    # S_P_CoreLib_System_Text_..., UpgradeGuard_Core_UpgradeGuard_Core_Manifests_ManifestBinder__BindStep
    return re.sub(r"^(UpgradeGuard_\w+?|YamlDotNet|NodaTime|S_P_CoreLib|System_\w+?)_", r"\1:", name)

script = subprocess.run(["perf", "script", "-i", data, "-F", "ip,dso"], capture_output=True, text=True).stdout
self_count, inclusive, total = collections.Counter(), collections.Counter(), 0
for sample in script.split("\n\n"):
    frames = []
    for line in sample.strip().splitlines():
        m = re.match(r"\s*([0-9a-f]+) \((.*)\)", line)
        if m:
            frames.append(name_of(int(m.group(1), 16), m.group(2)))
    if not frames:
        continue
    total += 1
    self_count[frames[0]] += 1
    for name in set(frames):
        inclusive[name] += 1

print(f"{total} samples")
print("\nself (top %d)" % top)
for name, n in self_count.most_common(top):
    print(f"{100.0 * n / total:6.2f}%  {short(name)}")
print("\ninclusive, UpgradeGuard functions (top %d)" % top)
for name, n in [kv for kv in inclusive.most_common() if kv[0].startswith("UpgradeGuard")][:top]:
    print(f"{100.0 * n / total:6.2f}%  {short(name)}")
