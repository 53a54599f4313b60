namespace UpgradeGuard.Cli.Baselines;

/// <summary>One recorded finding. Only <see cref="Fingerprint"/> is matched; the other fields are for people reading the file.</summary>
public sealed record BaselineEntry(string File, string Rule, string KeyPath, string Content, int Occurrence, string Fingerprint);
