using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary>The handler of one LSP method. <see cref="LspHandlers"/> lists them all.</summary>
internal interface ILspHandler
{
    /// <summary>The LSP method, e.g. <c>textDocument/hover</c>.</summary>
    string Method { get; }

    /// <summary>True for a request (answered), false for a notification.</summary>
    bool IsRequest { get; }

    /// <summary>The server capabilities with this handler's part added (most handlers add nothing).</summary>
    ServerCapabilities Contribute(ServerCapabilities capabilities);
}

/// <summary>A request: its answer is written by the returned <see cref="LspResponse"/>.</summary>
internal interface IRequestHandler : ILspHandler
{
    /// <summary>Throws <see cref="InvalidParamsException"/> for parameters it cannot use.</summary>
    LspResponse Handle(JsonNode? parameters);
}

/// <summary>A notification: nothing is answered.</summary>
internal interface INotificationHandler : ILspHandler
{
    /// <summary>Throws <see cref="InvalidParamsException"/> for parameters it cannot use, having changed nothing.</summary>
    void Handle(JsonNode? parameters);
}

internal abstract class RequestHandler : IRequestHandler
{
    public abstract string Method { get; }
    public bool IsRequest => true;
    public virtual ServerCapabilities Contribute(ServerCapabilities capabilities) => capabilities;
    public abstract LspResponse Handle(JsonNode? parameters);
}

internal abstract class NotificationHandler : INotificationHandler
{
    public abstract string Method { get; }
    public bool IsRequest => false;
    public virtual ServerCapabilities Contribute(ServerCapabilities capabilities) => capabilities;
    public abstract void Handle(JsonNode? parameters);
}
