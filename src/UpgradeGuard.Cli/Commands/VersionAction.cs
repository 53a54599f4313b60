using System.CommandLine;
using System.CommandLine.Invocation;

namespace UpgradeGuard.Cli.Commands;

/// <summary>
/// Prints this tool's version for <c>--version</c>. The default action reads the entry assembly, which is the
/// test host when the CLI runs in-process.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    private readonly CliEnvironment _environment;

    public VersionAction(CliEnvironment environment) => _environment = environment;

    public override int Invoke(ParseResult parseResult)
    {
        _environment.Output.WriteLine(ToolInfo.Version);
        _environment.Output.Flush();
        return ExitCodes.Success;
    }
}
