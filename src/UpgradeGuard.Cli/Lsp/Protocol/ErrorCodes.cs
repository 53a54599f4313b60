namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>JSON-RPC and LSP error codes.</summary>
public static class ErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}

/// <summary>Thrown by a handler for parameters it cannot use; answered with <see cref="ErrorCodes.InvalidParams"/>.</summary>
public sealed class InvalidParamsException : System.Exception
{
    public InvalidParamsException(string message) : base(message) { }
}
