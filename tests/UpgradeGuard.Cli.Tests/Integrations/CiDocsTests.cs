using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace UpgradeGuard.Cli.Tests.Integrations;

/// <summary>
/// docs/ci.md: every <c>upgrade-guard check</c> command its snippets show runs against a sample repository and reports
/// (exit 0 or 1, a non-empty report), so a format the tool does not know fails here; each CI system uses its format.
/// </summary>
public sealed class CiDocsTests : IDisposable
{
    private static readonly string CiDoc = Path.Combine(RepositoryPaths.Root, "docs", "ci.md");
    // A command ends where the shell or the CI file takes over again: a quote, a pipe, ||, ;, & or a redirection.
    private static readonly Regex Command = new(@"upgrade-guard check[^\n'""|;&>]*");
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "ug-ci-docs-" + Guid.NewGuid().ToString("N"));

    public CiDocsTests()
    {
        RepositorySnapshot.Copy(Path.Combine(RepositoryPaths.Samples, "clusters"), Path.Combine(_repository, "clusters"));
        Directory.CreateDirectory(Path.Combine(_repository, ".git"));
        File.WriteAllText(Path.Combine(_repository, ".editorconfig"), "root = true\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_repository, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static IEnumerable<object[]> Commands() => MarkdownSnippets.Read(CiDoc)
        .SelectMany(snippet => Command.Matches(snippet.Text).Select(m => new object[] { snippet.Heading, m.Value.Trim() }))
        .Distinct(new CommandComparer());

    [Fact]
    public void Every_ci_system_has_a_section_with_a_snippet_in_its_own_format()
    {
        var snippets = MarkdownSnippets.Read(CiDoc);
        string Section(string heading) => string.Join("\n", snippets.Where(s => s.Heading == heading).Select(s => s.Text));
        Assert.Contains("uses: upgradeguard/upgradeguard@", Section("GitHub Actions"), StringComparison.Ordinal);
        Assert.Contains("--format azure-pipelines", Section("Azure Pipelines"), StringComparison.Ordinal);
        Assert.Contains("--format junit", Section("Azure Pipelines"), StringComparison.Ordinal);
        Assert.Contains("testResultsFormat: JUnit", Section("Azure Pipelines"), StringComparison.Ordinal);
        Assert.Contains("--format gitlab --output gl-code-quality-report.json", Section("GitLab CI"), StringComparison.Ordinal);
        Assert.Contains("codequality: gl-code-quality-report.json", Section("GitLab CI"), StringComparison.Ordinal);
        Assert.Contains("--format junit --output upgradeguard-junit.xml", Section("Jenkins"), StringComparison.Ordinal);
        Assert.Contains("--format checkstyle", Section("Jenkins"), StringComparison.Ordinal);
        Assert.Contains("id: upgrade-guard", Section("pre-commit"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_yaml_snippet_parses()
    {
        foreach (var snippet in MarkdownSnippets.Read(CiDoc).Where(s => s.Language == "yaml"))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(snippet.Text));
            Assert.True(stream.Documents.Count == 1, snippet.ToString());
        }
    }

    [Fact]
    public void The_action_snippet_is_the_readme_s()
    {
        string Workflow(string file) => MarkdownSnippets.Read(file).Single(s => s.Text.Contains("uses: upgradeguard/upgradeguard@", StringComparison.Ordinal)).Text;
        Assert.Equal(Workflow(CiDoc), Workflow(Path.Combine(RepositoryPaths.Root, "README.md")));
    }

    [Fact]
    public void The_docs_show_commands()
    {
        Assert.True(Commands().Count() >= 4, string.Join("\n", Commands().Select(c => c[1])));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_command_reports_on_a_sample_repository(string section, string command)
    {
        var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = Cli.Run(arguments, new CliEnvironment(output, error, _repository, outputIsTerminal: false, variables: _ => null));

        Assert.True(exitCode is ExitCodes.Success or ExitCodes.ErrorsFound, $"[{section}] {command}: exit {exitCode}\n{error}");
        int outputIndex = Array.IndexOf(arguments, "--output");
        var report = outputIndex >= 0 ? File.ReadAllText(Path.Combine(_repository, arguments[outputIndex + 1])) : output.ToString();
        Assert.False(string.IsNullOrWhiteSpace(report), $"[{section}] {command}: empty report");
        // The samples hold errors: the report names one of their files.
        Assert.Contains("prod-us.upgrade.yaml", report, StringComparison.Ordinal);
    }

    private sealed class CommandComparer : IEqualityComparer<object[]>
    {
        public bool Equals(object[]? x, object[]? y) => Equals(x?[1], y?[1]);
        public int GetHashCode(object[] obj) => obj[1].GetHashCode();
    }
}
