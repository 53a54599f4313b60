namespace UpgradeGuard.Cli;

/// <summary>How problems with the input (not findings in manifests) are written on the standard error.</summary>
public static class ProblemMessages
{
    public static string Format(string message) => "upgrade-guard: error: " + message;
}
