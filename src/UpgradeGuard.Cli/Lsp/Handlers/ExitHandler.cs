using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>exit</c>: the server stops (exit code 0 after <c>shutdown</c>, else 1).</summary>
internal sealed class ExitHandler : NotificationHandler
{
    private readonly LspSession _session;

    public ExitHandler(LspSession session) => _session = session;

    public override string Method => "exit";

    public override void Handle(JsonNode? parameters) => _session.ExitRequested = true;
}
