using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace UpgradeGuard.Cli.Tests.Infrastructure;

/// <summary>A temporary folder with its own root .editorconfig, and the CLI run in-process inside it.</summary>
public sealed class TestWorkspace : IDisposable
{
    public TestWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "ug-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        // Keeps any .editorconfig above the temporary folder out of the tests.
        Write(".editorconfig", "root = true\n");
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Runs <c>upgrade-guard</c> with <paramref name="args"/>, in <see cref="Root"/> (or a subfolder).</summary>
    public CliRun Run(params string[] args) => RunIn(".", terminal: false, args);

    public CliRun RunIn(string relativeDirectory, bool terminal, params string[] args) =>
        RunWith(relativeDirectory, terminal, standardInput: null, new Dictionary<string, string>(), args);

    /// <summary>
    /// Runs with <paramref name="standardInput"/> as the standard input and exactly <paramref name="variables"/> as the
    /// environment (the machine's own NO_COLOR or TERM never reach a test).
    /// </summary>
    public CliRun RunWith(string relativeDirectory, bool terminal, string? standardInput, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        Func<Stream>? input = standardInput is null ? null : () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput));
        var environment = new CliEnvironment(output, error, Path.Combine(Root, relativeDirectory), terminal, name => variables.TryGetValue(name, out var value) ? value : null, input);
        int exitCode = Cli.Run(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>What one run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
