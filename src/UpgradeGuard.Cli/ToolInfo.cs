using System.Reflection;

namespace UpgradeGuard.Cli;

/// <summary>The tool's name and version as reports state them.</summary>
public static class ToolInfo
{
    public const string Name = "UpgradeGuard";
    public const string InformationUri = "https://github.com/upgradeguard/upgradeguard";

    /// <summary>The assembly's informational version (SemVer, possibly with "+commit" build metadata).</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolInfo).Assembly.GetName().Version?.ToString(3)
        ?? "0.0.0";
}
