using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>workspace/didChangeWatchedFiles</c>: a configuration file may have changed; every open manifest is checked again.</summary>
internal sealed class DidChangeWatchedFilesHandler : NotificationHandler
{
    private readonly LspSession _session;

    public DidChangeWatchedFilesHandler(LspSession session) => _session = session;

    public override string Method => "workspace/didChangeWatchedFiles";

    public override void Handle(JsonNode? parameters) => _session.RecheckAll();
}
