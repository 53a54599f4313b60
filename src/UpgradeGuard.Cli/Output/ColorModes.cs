namespace UpgradeGuard.Cli.Output;

/// <summary>
/// The values of <c>--color</c>. <c>auto</c> colours the text format only on a terminal, and not when <c>NO_COLOR</c> is
/// set to anything but the empty string (no-color.org) or <c>TERM=dumb</c>; <c>always</c> and <c>never</c> win over both,
/// as a flag given for one run should.
/// </summary>
public static class ColorModes
{
    public const string Auto = "auto";
    public const string Always = "always";
    public const string Never = "never";

    public static readonly string[] All = { Auto, Always, Never };

    /// <param name="toFile">The report goes to <c>--output FILE</c>, never a terminal.</param>
    public static bool UseColor(string mode, CliEnvironment environment, bool toFile) => mode switch
    {
        Always => true,
        Never => false,
        _ => !toFile
            && environment.OutputIsTerminal
            && string.IsNullOrEmpty(environment.Variable("NO_COLOR"))
            && environment.Variable("TERM") != "dumb",
    };
}
