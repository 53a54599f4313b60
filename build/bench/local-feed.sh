# Sourced by the build benchmarks: packs the package from this tree into "$WORK/feed" under a fresh prerelease
# version ($VERSION) and writes a global.json and a NuGet.config in "$WORK" that restore it (and nothing else of
# ours) from there, with a package folder of their own. Needs REPO and WORK.
VERSION="0.1.0-bench.$(date +%s)"
dotnet pack "$REPO/src/UpgradeGuard.Build" -c Release -o "$WORK/feed" -p:VersionSuffix="${VERSION#0.1.0-}" -nologo -v:q >/dev/null
cp "$REPO/global.json" "$WORK/"
cat > "$WORK/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources><clear /><add key="local" value="$WORK/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
  <config><add key="globalPackagesFolder" value="$WORK/packages" /></config>
</configuration>
XML
