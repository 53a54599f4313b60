using System.Collections.Generic;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>The external database a runbook plans for: its engine, the version running today, and what is known of its TLS.</summary>
public sealed class RunbookDatabase
{
    public RunbookDatabase(EngineInfo engine, string versionText, EngineVersion version, string? host, IReadOnlyList<string>? tlsProtocols)
    {
        Engine = engine;
        VersionText = versionText;
        Version = version;
        Host = host;
        TlsProtocols = tlsProtocols;
    }

    public EngineInfo Engine { get; }
    /// <summary>The version as written: <c>2019</c> or <c>15.0</c>.</summary>
    public string VersionText { get; }
    public EngineVersion Version { get; }
    public string? Host { get; }
    /// <summary>The TLS versions the server accepts; null when unknown.</summary>
    public IReadOnlyList<string>? TlsProtocols { get; }

    /// <summary><c>SQL Server 15.0 (2019)</c>.</summary>
    public string Display => Engine.Display(VersionText);
}
