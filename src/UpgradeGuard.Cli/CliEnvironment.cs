using System;
using System.IO;

namespace UpgradeGuard.Cli;

/// <summary>Where the command reads and writes, which folder it runs in and what the environment says; tests pass their own.</summary>
public sealed class CliEnvironment
{
    private readonly Func<string, string?> _variables;
    private readonly Func<Stream> _openStandardInput;

    /// <param name="variables">Reads an environment variable (NO_COLOR, TERM); the process's own when null.</param>
    /// <param name="standardInput">Opens the standard input (<c>check -</c>); an empty stream when null.</param>
    public CliEnvironment(
        TextWriter output,
        TextWriter error,
        string? workingDirectory = null,
        bool outputIsTerminal = false,
        Func<string, string?>? variables = null,
        Func<Stream>? standardInput = null)
    {
        _variables = variables ?? Environment.GetEnvironmentVariable;
        _openStandardInput = standardInput ?? (() => Stream.Null);
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

    /// <summary>The standard input (<c>check -</c>), opened when first needed.</summary>
    public Stream OpenStandardInput() => _openStandardInput();

    /// <summary>An environment variable (such as <c>NO_COLOR</c>); tests pass their own.</summary>
    public string? Variable(string name) => _variables(name);

    public static CliEnvironment FromConsole() =>
        new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory, !Console.IsOutputRedirected, standardInput: Console.OpenStandardInput);

    /// <summary>A path from the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
