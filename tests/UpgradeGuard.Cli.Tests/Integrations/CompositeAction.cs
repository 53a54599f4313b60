using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>
/// action.yml read as a runner reads it, and its <c>run:</c> steps executed as a runner executes a composite action:
/// <c>bash --noprofile --norc -eo pipefail</c> in GITHUB_WORKSPACE, each step's <c>env:</c> evaluated (inputs, earlier
/// steps' outputs, github.action_path), a fresh GITHUB_OUTPUT file per step. <c>uses:</c> steps (setup-dotnet, the SARIF
/// upload) need GitHub's servers and are not run: the machine's own .NET SDK stands in for setup-dotnet.
/// </summary>
public sealed class CompositeAction
{
    private static readonly Regex Expression = new(@"\$\{\{\s*(?<expr>.+?)\s*\}\}");
    private readonly YamlMappingNode _root;

    public CompositeAction(string actionFile)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(actionFile)) stream.Load(reader);
        _root = (YamlMappingNode)stream.Documents[0].RootNode;
        var runs = Mapping(_root, "runs") ?? throw new InvalidDataException("action.yml has no 'runs'");
        Steps = ((YamlSequenceNode)runs[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>().Select(Step.From).ToList();
    }

    public string Using => Scalar(Mapping(_root, "runs")!, "using") ?? "";
    public IReadOnlyList<Step> Steps { get; }

    public IReadOnlyDictionary<string, string> InputDefaults =>
        Mapping(_root, "inputs")!.Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => Scalar((YamlMappingNode)entry.Value, "default") ?? "",
            StringComparer.Ordinal);

    /// <summary>Runs every <c>run:</c> step in order until one fails, as the runner does; returns what each printed.</summary>
    public List<StepRun> RunShellSteps(IReadOnlyDictionary<string, string> with, RunnerContext runner, Func<Step, bool>? only = null)
    {
        var inputs = new Dictionary<string, string>(InputDefaults, StringComparer.Ordinal);
        foreach (var (name, value) in with)
        {
            if (!inputs.ContainsKey(name)) throw new ArgumentException($"action.yml has no input '{name}'");
            inputs[name] = value;
        }
        var runs = new List<StepRun>();
        int index = 0;
        foreach (var step in Steps.Where(s => s.Run != null && (only is null || only(s))))
        {
            index++;
            var outputFile = Path.Combine(runner.Temp, $"github-output-{index}");
            File.WriteAllText(outputFile, "");
            var script = Path.Combine(runner.Temp, $"step-{index}.sh");
            File.WriteAllText(script, step.Run!.Replace("\r\n", "\n"));
            var environment = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["GITHUB_ACTION_PATH"] = runner.ActionPath,
                ["GITHUB_WORKSPACE"] = runner.Workspace,
                ["GITHUB_OUTPUT"] = outputFile,
                ["GITHUB_STEP_SUMMARY"] = runner.StepSummary,
                ["GITHUB_ACTIONS"] = "true",
                ["RUNNER_TEMP"] = runner.Temp,
                ["CI"] = "true",
            };
            foreach (var (name, value) in step.Env) environment[name] = Evaluate(value, inputs, runner);
            var run = RepositorySnapshot.Run(runner.Workspace, "bash", new[] { "--noprofile", "--norc", "-eo", "pipefail", script }, environment);
            var outputs = RepositorySnapshot.ReadOutputs(outputFile);
            if (step.Id != null) runner.StepOutputs[step.Id] = outputs;
            runs.Add(new StepRun(step, run, outputs));
            if (run.ExitCode != 0) break;
        }
        return runs;
    }

    /// <summary>The expressions a runner would evaluate in an <c>env:</c> value; any other expression is an error here.</summary>
    public static string Evaluate(string value, IReadOnlyDictionary<string, string> inputs, RunnerContext runner) =>
        Expression.Replace(value, match =>
        {
            var expression = match.Groups["expr"].Value;
            if (expression == "github.action_path") return runner.ActionPath;
            if (expression.StartsWith("inputs.", StringComparison.Ordinal)) return inputs[expression["inputs.".Length..]];
            var step = Regex.Match(expression, @"^steps\.(?<id>[\w-]+)\.outputs\.(?<name>[\w-]+)$");
            if (step.Success)
            {
                return runner.StepOutputs.TryGetValue(step.Groups["id"].Value, out var outputs) && outputs.TryGetValue(step.Groups["name"].Value, out var output) ? output : "";
            }
            throw new NotSupportedException("expression not evaluated by this test: " + expression);
        });

    private static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public sealed record Step(string? Id, string? Name, string? Uses, string? Run, string? If, string? Shell, IReadOnlyDictionary<string, string> Env, IReadOnlyDictionary<string, string> With)
    {
        public static Step From(YamlMappingNode node)
        {
            Dictionary<string, string> Map(string key) => Mapping(node, key)?.Children.ToDictionary(
                e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "", StringComparer.Ordinal) ?? new Dictionary<string, string>();
            return new Step(Scalar(node, "id"), Scalar(node, "name"), Scalar(node, "uses"), Scalar(node, "run"), Scalar(node, "if"), Scalar(node, "shell"), Map("env"), Map("with"));
        }
    }
}

/// <summary>The folders and files a runner provides to a job.</summary>
public sealed class RunnerContext
{
    public RunnerContext(string actionPath, string workspace, string temp)
    {
        ActionPath = actionPath;
        Workspace = workspace;
        Temp = temp;
        StepSummary = Path.Combine(temp, "step-summary.md");
        Directory.CreateDirectory(temp);
        File.WriteAllText(StepSummary, "");
    }

    public string ActionPath { get; }
    public string Workspace { get; }
    public string Temp { get; }
    public string StepSummary { get; }
    public Dictionary<string, Dictionary<string, string>> StepOutputs { get; } = new(StringComparer.Ordinal);
}

public sealed record StepRun(CompositeAction.Step Step, ProcessRun Process, IReadOnlyDictionary<string, string> Outputs)
{
    public override string ToString() => $"step '{Step.Name}': {Process}";
}
