using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CsCheck;
using UpgradeGuard.Cli.Tests.Infrastructure;
using UpgradeGuard.Tests.Fuzzing;

namespace UpgradeGuard.Cli.Tests.Fuzzing;

/// <summary>
/// The real commands, in-process, over mutated manifests of the fuzzing corpus (tests/Shared/Fuzzing, as the campaign
/// in build/fuzz): <c>check</c> (text, json and sarif), <c>fix</c>, <c>fix --write</c> then <c>fix</c> again, and
/// <c>plan</c> never throw, exit 0, 1 or 2, never print UG0001, and a written fix leaves nothing pending. A fixed part
/// (cases of the campaign's seed) and a short random part (CsCheck prints the seed of a failure).
/// </summary>
public sealed class CommandFuzzTests
{
    private const ulong Seed = 20261201;

    private static readonly FuzzCorpus Corpus = FuzzCorpus.Load(RepositoryPaths.Root);

    [Fact]
    public void Fixed_cases_keep_every_promise_of_the_commands()
    {
        var failures = new List<string>();
        using var workspace = new TestWorkspace();
        // Cases far from the start, so the engine's property test (which runs the first ones) and this one differ.
        for (long index = 1_000_000; index < 1_000_120; index++)
        {
            var c = Corpus.Fixed(Seed, index);
            failures.AddRange(Problems(workspace, Corpus.Bytes(c)).Select(p => $"case {index} ({Corpus.Files[c.File].Name}, {c}): {p}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public void Random_cases_keep_every_promise_of_the_commands()
    {
        Corpus.Cases.Sample(c =>
        {
            using var workspace = new TestWorkspace();
            var problems = Problems(workspace, Corpus.Bytes(c));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }, iter: 60, print: c => $"{Corpus.Files[c.File].Name}, {c}");
    }

    /// <summary>What went wrong running every command on a file of <paramref name="bytes"/>; empty when nothing did.</summary>
    private static List<string> Problems(TestWorkspace workspace, byte[] bytes)
    {
        const string name = "fuzz.upgrade.yaml";
        var path = Path.Combine(workspace.Root, name);
        File.WriteAllBytes(path, bytes);
        var problems = new List<string>();
        // SARIF lists every rule, UG0001 too: a finding is a result of that rule.
        void Run(string[] args, params int[] allowed) => RunFor(args, "UG0001", allowed);
        void RunFor(string[] args, string internalError, params int[] allowed)
        {
            CliRun run;
            try
            {
                run = workspace.Run(args);
            }
            catch (Exception ex)
            {
                problems.Add($"upgrade-guard {string.Join(" ", args)} threw {ex}");
                return;
            }
            string command = $"upgrade-guard {string.Join(" ", args)}";
            if (!allowed.Contains(run.ExitCode)) problems.Add($"{command} exited {run.ExitCode}:\n{run}");
            // The lines of a diff (`fix` without --write) quote the file, whose comments may name UG0001: only the
            // command's own lines count.
            var printed = string.Join("\n", (run.Output + "\n" + run.Error).Split('\n').Where(line => !IsDiffContent(line)));
            if (printed.Contains(internalError, StringComparison.Ordinal)) problems.Add($"{command} reported UG0001:\n{run}");
        }

        Run(new[] { "check", name }, 0, 1);
        RunFor(new[] { "check", name, "--format", "json" }, "\"id\": \"UG0001\"", 0, 1);
        RunFor(new[] { "check", name, "--format", "sarif" }, "\"ruleId\": \"UG0001\"", 0, 1);
        Run(new[] { "plan", name }, 0, 1, 2);
        Run(new[] { "fix", name }, 0, 1, 2);
        Run(new[] { "fix", "--write", name }, 0, 2);
        // Written once, nothing is left to fix (exit 1 would mean fixes pending).
        Run(new[] { "fix", name }, 0, 2);
        Run(new[] { "check", name }, 0, 1);
        return problems;
    }

    /// <summary>A line of a unified diff that quotes the file: context, removed or added, or a header.</summary>
    private static bool IsDiffContent(string line) => line.Length > 0 && line[0] is ' ' or '+' or '-' or '@';
}
