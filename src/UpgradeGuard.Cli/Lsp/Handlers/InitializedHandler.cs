using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary><c>initialized</c>: nothing to do (the server registers nothing dynamically).</summary>
internal sealed class InitializedHandler : NotificationHandler
{
    public override string Method => "initialized";

    public override void Handle(JsonNode? parameters)
    {
    }
}
