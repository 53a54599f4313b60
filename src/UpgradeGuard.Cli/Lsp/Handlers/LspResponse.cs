using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using UpgradeGuard.Cli.Lsp.Protocol;

namespace UpgradeGuard.Cli.Lsp.Handlers;

/// <summary>The result of a request, with the source-generated type information that writes it.</summary>
internal abstract class LspResponse
{
    /// <summary><c>"result":null</c>.</summary>
    public static readonly LspResponse Null = new NullResponse();

    public static LspResponse Of<T>(T result, JsonTypeInfo<T> type) => new Typed<T>(result, type);

    public abstract void WriteTo(MessageWriter writer, JsonNode? id);

    private sealed class Typed<T> : LspResponse
    {
        private readonly T _result;
        private readonly JsonTypeInfo<T> _type;

        public Typed(T result, JsonTypeInfo<T> type)
        {
            _result = result;
            _type = type;
        }

        public override void WriteTo(MessageWriter writer, JsonNode? id) => writer.Respond(id, _result, _type);
    }

    private sealed class NullResponse : LspResponse
    {
        public override void WriteTo(MessageWriter writer, JsonNode? id) => writer.Respond(id, null);
    }
}
