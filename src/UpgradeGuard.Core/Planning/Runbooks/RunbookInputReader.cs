using System.Collections.Generic;
using System.Linq;
using NodaTime;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Planning.Runbooks;

/// <summary>Reads <see cref="RunbookInputs"/> into a request, or says what cannot be read.</summary>
internal static class RunbookInputReader
{
    public static (RunbookRequest? Request, IReadOnlyList<RunbookProblem> Problems) Read(RunbookInputs inputs, CatalogSet catalogs)
    {
        var problems = new List<RunbookProblem>();
        var product = catalogs.Default;
        var from = Version("from", inputs.From, problems);
        var to = Version("to", inputs.To, problems);
        var database = inputs.Database is null ? null : Database(inputs.Database, product, problems);
        var schedule = Schedule(inputs.Start, inputs.TimeZone, problems);
        if (from is null || to is null || problems.Count > 0) return (null, problems);
        var request = new RunbookRequest(product, from.Value, to.Value, inputs.Nodes)
        {
            Database = database,
            Schedule = schedule,
        };
        return (request, problems);
    }

    private static ProductVersion? Version(string role, string text, List<RunbookProblem> problems)
    {
        if (ProductVersion.TryParse(text.Trim(), out var version)) return version;
        problems.Add(Invalid($"the {role} version '{text}' is not a version major.minor.patch such as 5.3.2"));
        return null;
    }

    /// <summary><c>sqlserver:2019</c>, <c>azure-sql:12.0</c>, <c>postgresql:13</c>.</summary>
    private static RunbookDatabase? Database(string text, ProductCatalog product, List<RunbookProblem> problems)
    {
        string engines = string.Join(", ", product.Engines.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            problems.Add(Invalid($"the database '{text}' is not ENGINE:VERSION, such as sqlserver:2019 (engines: {engines})"));
            return null;
        }
        string engineId = text.Substring(0, colon).Trim();
        string versionText = text.Substring(colon + 1).Trim();
        if (!product.Engines.TryGetValue(engineId, out var engine))
        {
            var suggestion = Suggestions.Nearest(engineId, product.Engines.Keys);
            problems.Add(Invalid($"unknown database engine '{engineId}' in '{text}'" + (suggestion != null ? $"; did you mean '{suggestion}'?" : $"; known engines: {engines}")));
            return null;
        }
        var version = engine.Resolve(versionText);
        if (version is null)
        {
            string example = engine.Aliases.Count > 0 ? "15.0 or 2019" : "12.0";
            problems.Add(Invalid($"'{versionText}' is not a {engine.Name} version such as {example} (in '{text}')"));
            return null;
        }
        return new RunbookDatabase(engine, versionText, version, null, null);
    }

    private static ScheduleSection? Schedule(string? start, string? timeZone, List<RunbookProblem> problems)
    {
        var span = SourceSpan.FileStart;
        var schedule = new ScheduleSection(span);
        if (timeZone != null)
        {
            if (!ValueParsers.IsTimeZoneIdShaped(timeZone))
            {
                problems.Add(Invalid($"the time zone '{timeZone}' is not an IANA id such as Europe/Brussels"));
                return null;
            }
            if (SchedulePlacement.FindZone(timeZone) is null)
            {
                var suggestion = Suggestions.Nearest(timeZone, DateTimeZoneProviders.Tzdb.Ids);
                problems.Add(Invalid($"unknown time zone '{timeZone}': the IANA time-zone database has no such id" + (suggestion != null ? $"; did you mean '{suggestion}'?" : "; use an id such as Europe/Brussels")));
                return null;
            }
            schedule.TimeZone = new Located<string>(timeZone, timeZone, span, span);
        }
        if (start is null) return null;
        if (!ValueParsers.TryParseDateTime(start, out var local, out var offset))
        {
            problems.Add(Invalid($"the start '{start}' is not a local date-time yyyy-MM-ddTHH:mm such as 2026-12-05T22:00"));
            return null;
        }
        if (offset is null && timeZone is null)
        {
            problems.Add(Invalid($"the start {start} has no time zone: give an IANA time zone such as Europe/Brussels (business hours are counted in it), or an offset such as {start}+01:00"));
            return null;
        }
        schedule.Start = new Located<ScheduleStart>(new ScheduleStart(local, offset), start, span, span);
        return schedule;
    }

    private static RunbookProblem Invalid(string message) => new RunbookProblem(RunbookProblemKind.InvalidInput, message);
}
