using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>shutdown</c>: later requests are refused; <c>exit</c> then ends the server with 0.</summary>
internal sealed class ShutdownHandler : RequestHandler
{
    private readonly LspSession _session;

    public ShutdownHandler(LspSession session) => _session = session;

    public override string Method => "shutdown";

    public override LspResponse Handle(JsonNode? parameters)
    {
        _session.ShutdownRequested = true;
        return LspResponse.Null;
    }
}
