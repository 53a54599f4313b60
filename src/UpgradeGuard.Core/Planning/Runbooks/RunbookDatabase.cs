using System.Collections.Generic;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>The external database a runbook plans for: its engine, the version running today, and what is known of its TLS.</summary>
/// <param name="VersionText">The version as written: <c>2019</c> or <c>15.0</c>.</param>
/// <param name="TlsProtocols">The TLS versions the server accepts; null when unknown.</param>
public sealed record RunbookDatabase(EngineInfo Engine, string VersionText, EngineVersion Version, string? Host, IReadOnlyList<string>? TlsProtocols)
{
    /// <summary><c>SQL Server 15.0 (2019)</c>.</summary>
    public string Display => Engine.Display(VersionText);
}
