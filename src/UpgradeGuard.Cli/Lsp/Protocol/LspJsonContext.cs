using System.Text.Json.Serialization;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>
/// Source-generated serialization of everything the server writes: camelCase names, nulls left out, enums as their
/// numbers (as LSP defines them). No reflection, so the tool can be published with Native AOT.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ResponseError))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CompletionList))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
