using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Commands;

namespace UpgradeGuard.Cli;

/// <summary>The <c>upgrade-guard</c> command line, callable in-process.</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, new CliEnvironment(output, error)).GetAwaiter().GetResult();

    public static int Run(string[] args, CliEnvironment environment) =>
        RunAsync(args, environment).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = CreateRootCommand(environment);
        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await environment.Error.WriteLineAsync("upgrade-guard: " + parseError.Message).ConfigureAwait(false);
            }
            await environment.Error.WriteLineAsync("Run 'upgrade-guard --help' for usage.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var configuration = new InvocationConfiguration { Output = environment.Output, Error = environment.Error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand("Checks Parallels Secure Workspace upgrade manifests (*.upgrade.yaml) against the vendor's upgrade guide.");
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(PlanCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.Create(environment));
        root.Subcommands.Add(FixCommand.Create(environment));
        root.Subcommands.Add(LspCommand.Create(environment));
        foreach (var option in root.Options)
        {
            if (option is VersionOption version) version.Action = new VersionAction(environment);
        }
        return root;
    }
}
