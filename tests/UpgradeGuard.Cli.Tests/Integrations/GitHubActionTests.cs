using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Cli.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>
/// action.yml, the composite GitHub Action at the repository root: its shell steps run as a runner runs them, against a
/// sample repository, with the inputs of the README's workflow.
/// </summary>
public sealed class GitHubActionTests : IDisposable
{
    private static readonly string ActionFile = Path.Combine(RepositoryPaths.Root, "action.yml");
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "ug-action-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The step of the README's workflow that uses this action, and the workflow itself.</summary>
    private static (YamlMappingNode Workflow, YamlMappingNode Step) ReadmeWorkflow()
    {
        var snippet = MarkdownSnippets.Read(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Single(s => s.Language == "yaml" && s.Text.Contains("uses: upgradeguard/upgradeguard@", StringComparison.Ordinal) && s.Text.Contains("jobs:", StringComparison.Ordinal));
        var stream = new YamlStream();
        stream.Load(new StringReader(snippet.Text));
        var workflow = (YamlMappingNode)stream.Documents[0].RootNode;
        var steps = workflow["jobs"].AllNodes.OfType<YamlMappingNode>()
            .Where(m => m.Children.ContainsKey(new YamlScalarNode("uses")) && ((YamlScalarNode)m["uses"]).Value!.StartsWith("upgradeguard/upgradeguard@", StringComparison.Ordinal));
        return (workflow, steps.Single());
    }

    private static Dictionary<string, string> With(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("with"), out var with)
            ? ((YamlMappingNode)with).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>();

    [Fact]
    public void The_action_is_composite_sets_up_dotnet_and_uploads_only_when_asked()
    {
        var action = new CompositeAction(ActionFile);
        Assert.Equal("composite", action.Using);
        foreach (var input in new[] { "paths", "warnings-as-errors", "baseline", "sarif-file", "upload-sarif" }) Assert.Contains(input, action.InputDefaults.Keys);

        var setup = action.Steps.First();
        Assert.StartsWith("actions/setup-dotnet@", setup.Uses);
        Assert.Equal("${{ github.action_path }}/global.json", setup.With["global-json-file"]);
        var upload = action.Steps.Single(s => s.Uses?.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal) == true);
        Assert.Contains("inputs.upload-sarif == 'true'", upload.If);
        Assert.Equal("${{ steps.check.outputs.sarif-file }}", upload.With["sarif_file"]);

        // Inputs reach the scripts through env:, never pasted into the script, so an input cannot inject shell code.
        foreach (var step in action.Steps.Where(s => s.Run != null))
        {
            Assert.DoesNotContain("${{", step.Run, StringComparison.Ordinal);
            Assert.Equal("bash", step.Shell);
        }
    }

    [Fact]
    public void The_readme_workflow_grants_code_scanning_and_uses_only_inputs_the_action_has()
    {
        var (workflow, step) = ReadmeWorkflow();
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal("write", ((YamlScalarNode)permissions["security-events"]).Value);
        Assert.Equal("read", ((YamlScalarNode)permissions["contents"]).Value);
        var inputs = new CompositeAction(ActionFile).InputDefaults.Keys;
        Assert.All(With(step).Keys, key => Assert.Contains(key, inputs));
    }

    [SkippableFact]
    public void The_shell_steps_build_the_tool_annotate_write_sarif_and_fail_the_job_on_errors()
    {
        RealTool.Require(RepositorySnapshot.IsInstalled("bash"), "bash is needed to run the action's shell steps: apt-get install bash");
        var action = new CompositeAction(ActionFile);
        var actionPath = Path.Combine(_temp, "actions", "upgradeguard");
        RepositorySnapshot.CopyTo(actionPath);

        // The sample repository: the samples' clusters folder in a git work tree.
        var repository = Path.Combine(_temp, "repo");
        RepositorySnapshot.Copy(Path.Combine(RepositoryPaths.Samples, "clusters"), Path.Combine(repository, "clusters"));
        Directory.CreateDirectory(Path.Combine(repository, ".git"));

        var (_, readmeStep) = ReadmeWorkflow();
        var runner = new RunnerContext(actionPath, repository, Path.Combine(_temp, "runner"));
        var runs = action.RunShellSteps(With(readmeStep), runner);

        var build = runs.Single(r => r.Step.Id == "build");
        Assert.True(build.Process.ExitCode == 0, build.ToString());
        var check = runs.Single(r => r.Step.Id == "check");
        Assert.True(check.Process.ExitCode == 0, check.ToString());
        Assert.Equal("1", check.Outputs["exit-code"]);
        Assert.Contains("::error file=clusters/", check.Process.Output, StringComparison.Ordinal);

        var sarifPath = Path.Combine(repository, check.Outputs["sarif-file"]);
        using (var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath)))
        {
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
            Assert.True(results.GetArrayLength() > 0);
            var uri = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
            Assert.StartsWith("clusters/", uri);
        }

        var result = runs[^1];
        Assert.Null(result.Step.Id);
        Assert.True(result.Process.ExitCode == 1, result.ToString());
        Assert.Contains("::error title=upgrade-guard::", result.Process.Output, StringComparison.Ordinal);

        // The same built tool on a clean repository: exit code 0 and a passing job; warnings fail it only when asked.
        var clean = Path.Combine(_temp, "clean");
        Directory.CreateDirectory(Path.Combine(clean, ".git"));
        File.WriteAllText(Path.Combine(clean, "warn.upgrade.yaml"), Manifests.WarningOnly);
        foreach (var (warningsAsErrors, expected) in new[] { ("false", "0"), ("true", "1") })
        {
            var cleanRunner = new RunnerContext(actionPath, clean, Path.Combine(_temp, "runner-" + warningsAsErrors));
            cleanRunner.StepOutputs["build"] = runner.StepOutputs["build"];
            var cleanRuns = action.RunShellSteps(new Dictionary<string, string> { ["warnings-as-errors"] = warningsAsErrors }, cleanRunner, only: s => s.Id != "build");
            var cleanCheck = cleanRuns.Single(r => r.Step.Id == "check");
            Assert.True(expected == cleanCheck.Outputs["exit-code"], cleanCheck.ToString());
            Assert.Contains(" file=warn.upgrade.yaml,", cleanCheck.Process.Output, StringComparison.Ordinal);
            Assert.Equal(expected == "0" ? 0 : 1, cleanRuns[^1].Process.ExitCode);
            Assert.True(File.Exists(Path.Combine(clean, "upgradeguard.sarif")));
        }

        // The baseline input: with today's findings recorded, the same repository passes.
        var tool = runner.StepOutputs["build"]["tool"];
        var write = RepositorySnapshot.Run(repository, "dotnet", new[] { tool, "check", "clusters", "--write-baseline", "upgrade-guard.baseline.json" }, null);
        Assert.True(write.ExitCode == 0, "--write-baseline: " + write);
        var baselineRunner = new RunnerContext(actionPath, repository, Path.Combine(_temp, "runner-baseline"));
        baselineRunner.StepOutputs["build"] = runner.StepOutputs["build"];
        var withBaseline = new Dictionary<string, string>(With(readmeStep)) { ["baseline"] = "upgrade-guard.baseline.json" };
        var baselineRuns = action.RunShellSteps(withBaseline, baselineRunner, only: s => s.Id != "build");
        var baselineCheck = baselineRuns.Single(r => r.Step.Id == "check");
        Assert.True(baselineCheck.Outputs["exit-code"] == "0", baselineCheck.ToString());
        Assert.Equal(0, baselineRuns[^1].Process.ExitCode);
    }
}
