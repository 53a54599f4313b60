namespace UpgradeGuard.Cli;

/// <summary>The process exit codes of <c>upgrade-guard</c>.</summary>
public static class ExitCodes
{
    /// <summary>No diagnostic of severity error (after configuration).</summary>
    public const int Success = 0;
    /// <summary>At least one diagnostic of severity error.</summary>
    public const int ErrorsFound = 1;
    /// <summary><c>fix</c> without <c>--write</c>: some file has fixes to apply (the diff shows them).</summary>
    public const int FixesPending = 1;
    /// <summary>Bad arguments, a path that does not exist or cannot be read, or a catalog with problems.</summary>
    public const int BadInput = 2;
}
