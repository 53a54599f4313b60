using System.Collections.Generic;
using NodaTime;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Manifests;

/// <summary>An upgrade manifest (format v1) as read, every value with its position.</summary>
public sealed class Manifest
{
    public Manifest(YamlMapping root) => Root = root;

    public YamlMapping Root { get; }
    public Located<string>? ApiVersion { get; set; }
    public Located<string>? Kind { get; set; }
    public Located<string>? Name { get; set; }
    public Located<string>? Product { get; set; }
    public ClusterSection? Cluster { get; set; }
    public DatabaseSection? Database { get; set; }
    public ScheduleSection? Schedule { get; set; }
    public UpgradeSection? Upgrade { get; set; }
    /// <summary>The unknown keys the reader found a known key for (UG1002 "did you mean"), in reading order.</summary>
    public IReadOnlyList<SuggestedKey> SuggestedKeys { get; set; } = new List<SuggestedKey>();

    public bool HasExternalDatabase => Database?.Type is { IsValid: true, Value: DatabaseType.External };
}

public abstract class Section
{
    protected Section(SourceSpan keySpan) => KeySpan = keySpan;

    /// <summary>The span of the section's key, where missing fields of the section are reported.</summary>
    public SourceSpan KeySpan { get; }
}

public sealed class ClusterSection : Section
{
    public ClusterSection(SourceSpan keySpan) : base(keySpan) { }

    public Located<int>? Nodes { get; set; }
    public Located<ProductVersion>? Version { get; set; }
    public IReadOnlyList<Located<string>> Addresses { get; set; } = new List<Located<string>>();
    public IReadOnlyList<Located<string>>? TlsProtocols { get; set; }
}

public enum DatabaseType { Embedded, External }

public sealed class DatabaseSection : Section
{
    public DatabaseSection(SourceSpan keySpan) : base(keySpan) { }

    public Located<DatabaseType>? Type { get; set; }
    public Located<string>? Engine { get; set; }
    /// <summary>The version as written; resolved against the engine (years, ranges) by the catalog.</summary>
    public Located<string>? Version { get; set; }
    public Located<string>? Host { get; set; }
    public IReadOnlyList<Located<string>>? TlsProtocols { get; set; }
    /// <summary>The span of <c>tls.protocols</c> (the list), when present.</summary>
    public SourceSpan? TlsProtocolsSpan { get; set; }
}

public sealed class ScheduleSection : Section
{
    public ScheduleSection(SourceSpan keySpan) : base(keySpan) { }

    public Located<ScheduleStart>? Start { get; set; }
    public Located<string>? TimeZone { get; set; }
    public Located<Duration>? Window { get; set; }
    public IReadOnlyList<Located<IsoDayOfWeek>>? BusinessDays { get; set; }
    public Located<LocalTime>? BusinessStart { get; set; }
    public Located<LocalTime>? BusinessEnd { get; set; }
    public IReadOnlyList<Located<LocalDate>> Holidays { get; set; } = new List<Located<LocalDate>>();
    /// <summary>True when some business-hours or holiday value could not be read.</summary>
    public bool HasInvalidBusinessHours { get; set; }
}

/// <summary>A start as written: a local date-time, with an offset when one was given.</summary>
public readonly struct ScheduleStart
{
    public ScheduleStart(LocalDateTime local, Offset? offset)
    {
        Local = local;
        Offset = offset;
    }

    public LocalDateTime Local { get; }
    public Offset? Offset { get; }
}

public enum UpgradeStrategy { InPlace, SideBySide }

public sealed class UpgradeSection : Section
{
    public UpgradeSection(SourceSpan keySpan) : base(keySpan) { }

    public Located<ProductVersion>? To { get; set; }
    public Located<UpgradeStrategy>? Strategy { get; set; }
    /// <summary>Null when <c>steps</c> is absent; an empty list when it is present and empty.</summary>
    public IReadOnlyList<Step>? Steps { get; set; }
    public SourceSpan? StepsKeySpan { get; set; }
    public SideBySideSection? SideBySide { get; set; }

    public bool IsSideBySide => Strategy is { IsValid: true, Value: UpgradeStrategy.SideBySide };
}

public sealed class SideBySideSection : Section
{
    public SideBySideSection(SourceSpan keySpan) : base(keySpan) { }

    public Located<ProductVersion>? DeployVersion { get; set; }
    public IReadOnlyList<Located<string>> Addresses { get; set; } = new List<Located<string>>();
    /// <summary>The <c>addresses</c> value (the list), when the key is written.</summary>
    public SourceSpan? AddressesSpan { get; set; }
    /// <summary>The <c>addresses</c> value is a list of strings (so <see cref="Addresses"/> holds every address written).</summary>
    public bool AddressesValid { get; set; } = true;
    public Located<string>? DatabaseHost { get; set; }
}
