namespace UpgradeGuard.Core.Diagnostics;

/// <summary>How a finding is reported. <see cref="None"/> switches a rule off (configuration only).</summary>
public enum Severity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToDisplay(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };
}
