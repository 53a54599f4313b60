using System.Collections.Generic;

namespace UpgradeGuard.Cli.Commands;

/// <summary>What <c>upgrade-guard plan</c> was asked to do.</summary>
public sealed class PlanSettings
{
    public PlanSettings(IReadOnlyList<string> manifests, string? from, string? to, int? nodes, string? database, string? start, string? timeZone,
        string format, string? outputFile, IReadOnlyList<string> catalogs)
    {
        Manifests = manifests;
        From = from;
        To = to;
        Nodes = nodes;
        Database = database;
        Start = start;
        TimeZone = timeZone;
        Format = format;
        OutputFile = outputFile;
        Catalogs = catalogs;
    }

    /// <summary>Manifest files, or folders searched for manifests as <c>check</c> searches them.</summary>
    public IReadOnlyList<string> Manifests { get; }
    public string? From { get; }
    public string? To { get; }
    public int? Nodes { get; }
    public string? Database { get; }
    public string? Start { get; }
    public string? TimeZone { get; }
    public string Format { get; }
    public string? OutputFile { get; }
    public IReadOnlyList<string> Catalogs { get; }

    /// <summary>
    /// Which way the plan is asked for: a manifest gives everything, so it goes with none of the inputs options;
    /// without one, --from, --to and --nodes are all needed. Each problem is a line for the standard error.
    /// </summary>
    public List<string> ArgumentProblems()
    {
        var problems = new List<string>();
        var inputs = new List<string>();
        if (From != null) inputs.Add("--from");
        if (To != null) inputs.Add("--to");
        if (Nodes != null) inputs.Add("--nodes");
        if (Database != null) inputs.Add("--db");
        if (Start != null) inputs.Add("--start");
        if (TimeZone != null) inputs.Add("--time-zone");
        if (Manifests.Count > 0)
        {
            if (inputs.Count > 0)
            {
                problems.Add(ProblemMessages.Format($"give either a manifest or --from/--to/--nodes, not both: {string.Join(", ", Manifests)} already {(Manifests.Count == 1 ? "gives" : "give")} the versions, nodes, database and schedule ({string.Join(", ", inputs)} given)"));
            }
            return problems;
        }
        var missing = new List<string>();
        if (From is null) missing.Add("--from");
        if (To is null) missing.Add("--to");
        if (Nodes is null) missing.Add("--nodes");
        if (missing.Count > 0)
        {
            problems.Add(ProblemMessages.Format($"missing {string.Join(", ", missing)}: give a manifest, or --from, --to and --nodes (e.g. upgrade-guard plan --from 5.3.2 --to 5.6.0 --nodes 3)"));
        }
        return problems;
    }
}
