using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>workspace/didChangeConfiguration</c>: every open manifest is checked again (severities are read afresh).</summary>
internal sealed class DidChangeConfigurationHandler : NotificationHandler
{
    private readonly LspSession _session;

    public DidChangeConfigurationHandler(LspSession session) => _session = session;

    public override string Method => "workspace/didChangeConfiguration";

    public override void Handle(JsonNode? parameters) => _session.RecheckAll();
}
