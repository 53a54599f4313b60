namespace UpgradeGuard.Cli.Lsp.Protocol;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

/// <summary><c>window/logMessage</c>.</summary>
public sealed record LogMessageParams(MessageType Type, string Message);
