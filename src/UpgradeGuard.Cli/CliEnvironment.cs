using System;
using System.Collections.Generic;
using System.IO;

namespace UpgradeGuard.Cli;

/// <summary>Where the command reads and writes, which folder it runs in and what the environment says; tests pass their own.</summary>
public sealed class CliEnvironment
{
    private readonly Func<Stream> _openStandardInput;
    private readonly IReadOnlyDictionary<string, string>? _variables;

    public CliEnvironment(
        TextWriter output,
        TextWriter error,
        string? workingDirectory = null,
        bool outputIsTerminal = false,
        Func<Stream>? standardInput = null,
        IReadOnlyDictionary<string, string>? environmentVariables = null)
    {
        Output = output;
        Error = error;
        WorkingDirectory = Path.GetFullPath(workingDirectory ?? Environment.CurrentDirectory);
        OutputIsTerminal = outputIsTerminal;
        _openStandardInput = standardInput ?? (() => Stream.Null);
        _variables = environmentVariables;
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    /// <summary>Relative paths are taken from here, and display paths are relative to it.</summary>
    public string WorkingDirectory { get; }
    /// <summary>True when the output is a terminal: the text format then shows the source line under each diagnostic.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>The standard input (<c>check -</c>), opened when first needed.</summary>
    public Stream OpenStandardInput() => _openStandardInput();

    /// <summary>
    /// An environment variable (<c>NO_COLOR</c>, <c>TERM</c>): the process's own, or, when the environment was built with
    /// a dictionary, only what it holds, so tests never see the machine's.
    /// </summary>
    public string? GetEnvironmentVariable(string name) =>
        _variables is null ? Environment.GetEnvironmentVariable(name) : _variables.TryGetValue(name, out var value) ? value : null;

    public static CliEnvironment FromConsole() =>
        new CliEnvironment(Console.Out, Console.Error, Environment.CurrentDirectory, !Console.IsOutputRedirected, Console.OpenStandardInput);

    /// <summary>A path from the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
