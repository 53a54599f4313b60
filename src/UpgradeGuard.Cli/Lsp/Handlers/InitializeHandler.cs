using System;
using System.Text.Json.Nodes;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>initialize</c>: answers the capabilities the registry gathered from every handler.</summary>
internal sealed class InitializeHandler : RequestHandler
{
    private readonly LspSession _session;
    private readonly Func<ServerCapabilities> _capabilities;

    public InitializeHandler(LspSession session, Func<ServerCapabilities> capabilities)
    {
        _session = session;
        _capabilities = capabilities;
    }

    public override string Method => "initialize";

    public override ServerCapabilities Contribute(ServerCapabilities capabilities) => capabilities with { PositionEncoding = PositionEncodingKind.Utf16 };

    public override LspResponse Handle(JsonNode? parameters)
    {
        _session.Initialized = true;
        return LspResponse.Of(new InitializeResult(_capabilities(), new ServerInfo("upgrade-guard", ToolInfo.Version)), LspJsonContext.Default.InitializeResult);
    }
}
