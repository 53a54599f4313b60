using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using UpgradeGuard.Cli.Checking;
using UpgradeGuard.Cli.Lsp;

namespace UpgradeGuard.Cli.Commands;

/// <summary><c>upgrade-guard lsp</c>: the language server, over standard input and output.</summary>
public static class LspCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over standard input and output (the default and only transport; accepted because clients pass it)." };
        var catalogs = CommonInputs.Catalogs();
        var command = new Command("lsp", "Run the language server (LSP over stdio): diagnostics, quick fixes, hover and completion in any editor.") { stdio, catalogs };
        command.SetAction((parseResult, cancellationToken) => RunAsync(parseResult.GetValue(catalogs) ?? Array.Empty<string>(), environment, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] catalogFiles, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var problems = new System.Collections.Generic.List<string>();
        var catalogs = CatalogFiles.Load(catalogFiles, environment, problems);
        if (catalogs is null)
        {
            foreach (var problem in problems) await environment.Error.WriteLineAsync(problem).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        var server = new LanguageServer(input, output, catalogs, environment.Error);
        return await server.RunAsync(cancellationToken).ConfigureAwait(false);
    }
}
