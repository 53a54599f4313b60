using System.CommandLine;

namespace UpgradeGuard.Cli.Commands;

/// <summary>The inputs several commands share, defined once so they read and validate the same everywhere.</summary>
internal static class CommonInputs
{
    /// <summary>Files, or folders searched for manifests; a token that looks like an option is an error, not a file name.</summary>
    public static Argument<string[]> ManifestPaths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Manifest files, or folders searched for *.upgrade.yaml and *.upgrade.yml (default: the current folder).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized option '{token.Value}' (for a file whose name starts with '-', write ./{token.Value}).");
                }
            }
        });
        return paths;
    }

    /// <summary><c>--catalog FILE</c>, repeatable.</summary>
    public static Option<string[]> Catalogs() => new("--catalog")
    {
        Description = "An extra catalog file (repeatable); its upgrades and database ranges add to the built-in catalog.",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
