using UpgradeGuard.Core.Diagnostics;
using UpgradeGuard.Core.Reporting;

namespace UpgradeGuard.Cli;

/// <summary>How problems with the input (not findings in manifests) are written on the standard error.</summary>
public static class ProblemMessages
{
    private const string Prefix = "upgrade-guard: error: ";

    /// <summary>The line for <paramref name="message"/>; control characters (a file name may hold a line break) are escaped.</summary>
    public static string Format(string message) => Prefix + ControlCharacters.Escape(message);

    /// <summary>A line that informs and changes no exit code: <c>upgrade-guard: note: ...</c>; escaped as <see cref="Format(string)"/>.</summary>
    public static string Format(string message, string level) => $"upgrade-guard: {level}: " + ControlCharacters.Escape(message);

    /// <summary>The message of a line <see cref="Format(string)"/> wrote, without its prefix.</summary>
    public static string WithoutPrefix(string problem) => problem.StartsWith(Prefix, System.StringComparison.Ordinal) ? problem.Substring(Prefix.Length) : problem;
}
