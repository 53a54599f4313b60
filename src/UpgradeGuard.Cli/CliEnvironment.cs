using System;
using System.IO;

namespace UpgradeGuard.Cli;

/// <summary>Where the command writes and which folder it runs in; tests pass their own.</summary>
public sealed class CliEnvironment
{
    private readonly Func<string, string?> _variables;

    public CliEnvironment(TextWriter output, TextWriter error, string? workingDirectory = null, bool outputIsTerminal = false, Func<string, string?>? variables = null)
    {
        _variables = variables ?? Environment.GetEnvironmentVariable;
        Output = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory ?? Environment.CurrentDirectory);
        OutputIsTerminal = outputIsTerminal;
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    /// <summary>Relative paths are taken from here, and display paths are relative to it.</summary>
    public string WorkingDirectory { get; }
    /// <summary>True when the output is a terminal: the text format then shows the source line under each diagnostic.</summary>
    public bool OutputIsTerminal { get; }

    public static CliEnvironment FromConsole() =>
        new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory, !Console.IsOutputRedirected);

    /// <summary>An environment variable (such as <c>GITHUB_STEP_SUMMARY</c>); tests pass their own.</summary>
    public string? Variable(string name) => _variables(name);

    /// <summary>A path from the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
