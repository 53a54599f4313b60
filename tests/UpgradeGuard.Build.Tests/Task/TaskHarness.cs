using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using UpgradeGuard.Build.Tests.Infrastructure;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>One thing the task logged with a code: an error, a warning or a coded message (an info finding).</summary>
public sealed record Logged(string Kind, string Code, string File, int Line, int Column, int EndLine, int EndColumn, string Message, string? HelpLink)
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    /// <summary>The fields the command line's JSON has too (no file, no help link).</summary>
    public string Finding => $"{Line}:{Column}-{EndLine}:{EndColumn} {Kind} {Code}: {Message}";

    public override string ToString() => $"{File}: {Finding}";
}

/// <summary>
/// The <see cref="FakeBuildEngine"/>, and the order in which errors, warnings and messages arrived across its three lists.
/// </summary>
public sealed class OrderedBuildEngine : IBuildEngine
{
    public FakeBuildEngine Inner { get; } = new();
    public List<BuildEventArgs> Events { get; } = new();

    public bool ContinueOnError => Inner.ContinueOnError;
    public int LineNumberOfTaskNode => Inner.LineNumberOfTaskNode;
    public int ColumnNumberOfTaskNode => Inner.ColumnNumberOfTaskNode;
    public string ProjectFileOfTaskNode => Inner.ProjectFileOfTaskNode;

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        lock (Events) Events.Add(e);
        lock (Inner) Inner.LogErrorEvent(e);
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        lock (Events) Events.Add(e);
        lock (Inner) Inner.LogWarningEvent(e);
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (Events) Events.Add(e);
        lock (Inner) Inner.LogMessageEvent(e);
    }

    public void LogCustomEvent(CustomBuildEventArgs e) => Inner.LogCustomEvent(e);

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        Inner.BuildProjectFile(projectFileName, targetNames, globalProperties, targetOutputs);
}

/// <summary>What one <see cref="ValidateUpgradeManifests.Execute"/> returned and logged.</summary>
public sealed class TaskRun
{
    public TaskRun(ValidateUpgradeManifests task, OrderedBuildEngine engine, bool result)
    {
        Task = task;
        Engine = engine;
        Result = result;
        Logged = engine.Events.Select(ToLogged).OfType<Logged>().ToList();
    }

    public ValidateUpgradeManifests Task { get; }
    public OrderedBuildEngine Engine { get; }
    public FakeBuildEngine Fake => Engine.Inner;
    /// <summary>What <see cref="ValidateUpgradeManifests.Execute"/> returned.</summary>
    public bool Result { get; }
    /// <summary>Every error, warning and coded message, in the order they were logged.</summary>
    public IReadOnlyList<Logged> Logged { get; }

    public IEnumerable<Logged> Errors => Logged.Where(l => l.Kind == TaskTests.Logged.Error);
    public IEnumerable<Logged> Warnings => Logged.Where(l => l.Kind == TaskTests.Logged.Warning);
    public IEnumerable<Logged> Infos => Logged.Where(l => l.Kind == TaskTests.Logged.Info);

    /// <summary>The findings logged on one file, in the command line's form.</summary>
    public List<string> FindingsOn(string fullPath) => Logged.Where(l => l.File == fullPath).Select(l => l.Finding).ToList();

    /// <summary>"UG2001@19:16 error" for each finding, for short assertions.</summary>
    public List<string> Short() => Logged.Select(l => $"{l.Code}@{l.Line}:{l.Column} {l.Kind}").ToList();

    private static Logged? ToLogged(BuildEventArgs e) => e switch
    {
        BuildErrorEventArgs error => new Logged(TaskTests.Logged.Error, error.Code, error.File, error.LineNumber, error.ColumnNumber, error.EndLineNumber, error.EndColumnNumber, error.Message ?? "", error.HelpLink),
        BuildWarningEventArgs warning => new Logged(TaskTests.Logged.Warning, warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber, warning.EndColumnNumber, warning.Message ?? "", warning.HelpLink),
        BuildMessageEventArgs message when !string.IsNullOrEmpty(message.Code) => new Logged(TaskTests.Logged.Info, message.Code, message.File, message.LineNumber, message.ColumnNumber, message.EndLineNumber, message.EndColumnNumber, message.Message ?? "", null),
        _ => null,
    };
}

/// <summary>Runs <see cref="ValidateUpgradeManifests"/> with the recording engine.</summary>
public static class TaskHarness
{
    public const string HelpBase = "https://github.com/upgradeguard/upgradeguard/blob/main/docs/rules/";

    public static ITaskItem[] Items(params string[] specs) => specs.Select(spec => (ITaskItem)new TaskItem(spec)).ToArray();

    /// <summary>An item as the package's default glob adds it: <c>UpgradeGuardDiscovered="true"</c>.</summary>
    public static ITaskItem Discovered(string path)
    {
        var item = new TaskItem(path);
        item.SetMetadata("UpgradeGuardDiscovered", "true");
        return item;
    }

    /// <summary>An item as a user adds it by hand: no metadata.</summary>
    public static ITaskItem Named(string path) => new TaskItem(path);

    /// <summary>Runs the task on these items (glob or hand-added), handed <paramref name="configurationFiles"/>.</summary>
    public static TaskRun RunItems(IEnumerable<ITaskItem> manifests, IEnumerable<string>? configurationFiles = null)
    {
        var engine = new OrderedBuildEngine();
        var task = new ValidateUpgradeManifests
        {
            BuildEngine = engine,
            Manifests = manifests.ToArray(),
            ConfigurationFiles = Items((configurationFiles ?? Array.Empty<string>()).ToArray()),
        };
        bool result = task.Execute();
        return new TaskRun(task, engine, result);
    }

    public static TaskRun Run(
        IEnumerable<string> manifests,
        IEnumerable<string>? catalogs = null,
        IEnumerable<string>? configurationFiles = null,
        string? noWarn = null,
        string? warningsAsErrors = null,
        string? warningsNotAsErrors = null,
        bool treatWarningsAsErrors = false)
    {
        var engine = new OrderedBuildEngine();
        var task = new ValidateUpgradeManifests
        {
            BuildEngine = engine,
            Manifests = Items(manifests.ToArray()),
            Catalogs = Items((catalogs ?? Array.Empty<string>()).ToArray()),
            ConfigurationFiles = Items((configurationFiles ?? Array.Empty<string>()).ToArray()),
            NoWarn = noWarn,
            WarningsAsErrors = warningsAsErrors,
            WarningsNotAsErrors = warningsNotAsErrors,
            TreatWarningsAsErrors = treatWarningsAsErrors,
        };
        bool result = task.Execute();
        return new TaskRun(task, engine, result);
    }

    public static TaskRun Run(params string[] manifests) => Run((IEnumerable<string>)manifests);
}
