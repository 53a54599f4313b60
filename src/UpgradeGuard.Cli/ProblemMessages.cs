namespace UpgradeGuard.Cli;

/// <summary>How problems with the input (not findings in manifests) are written on the standard error.</summary>
public static class ProblemMessages
{
    public static string Format(string message) => "upgrade-guard: error: " + message;

    /// <summary>A line that informs and changes no exit code: <c>upgrade-guard: note: ...</c>.</summary>
    public static string Format(string message, string level) => $"upgrade-guard: {level}: " + message;
}
