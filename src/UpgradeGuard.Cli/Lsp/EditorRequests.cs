using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp;

/// <summary>Code actions, hover and completion: the engine's answers, in LSP shapes.</summary>
internal sealed class EditorRequests
{
    private readonly ManifestChecks _checks;

    public EditorRequests(ManifestChecks checks) => _checks = checks;

    public JsonNode? CodeActions(OpenDocument document, JsonNode parameters) => new JsonArray();

    public JsonNode? Hover(OpenDocument document, JsonNode parameters) => null;

    public JsonNode? Completion(OpenDocument document, JsonNode parameters) => new JsonArray();
}
