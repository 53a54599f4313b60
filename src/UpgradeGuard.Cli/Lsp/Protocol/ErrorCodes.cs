namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>JSON-RPC and LSP error codes (written as numbers).</summary>
public enum ErrorCodes
{
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    ServerNotInitialized = -32002,
    RequestCancelled = -32800,
}

/// <summary>The <c>error</c> of a response.</summary>
public sealed record ResponseError(ErrorCodes Code, string Message);

/// <summary>Thrown by a handler for parameters it cannot use; answered with <see cref="ErrorCodes.InvalidParams"/>.</summary>
public sealed class InvalidParamsException : System.Exception
{
    public InvalidParamsException(string message) : base(message) { }
}
