using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>Writes base-protocol messages; safe to call from several threads (one message at a time).</summary>
public sealed class MessageWriter
{
    private readonly Stream _output;
    private readonly object _gate = new();

    public MessageWriter(Stream output) => _output = output;

    /// <summary>A message built by hand (tests and clients).</summary>
    public void Write(JsonObject message) => WriteBody(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public void Notify(string method, JsonNode? parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Respond(JsonNode? id, JsonNode? result) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["result"] = result });

    /// <summary>A notification whose parameters are a protocol record.</summary>
    public void Notify<T>(string method, T parameters, JsonTypeInfo<T> type) => WriteBody(Envelope(writer =>
    {
        writer.WriteString("method", method);
        writer.WritePropertyName("params");
        JsonSerializer.Serialize(writer, parameters, type);
    }));

    /// <summary>A response whose result is a protocol record (null is written as <c>"result":null</c>).</summary>
    public void Respond<T>(JsonNode? id, T result, JsonTypeInfo<T> type) => WriteBody(Envelope(writer =>
    {
        WriteId(writer, id);
        writer.WritePropertyName("result");
        JsonSerializer.Serialize(writer, result, type);
    }));

    public void RespondError(JsonNode? id, ErrorCodes code, string message) => WriteBody(Envelope(writer =>
    {
        WriteId(writer, id);
        writer.WritePropertyName("error");
        JsonSerializer.Serialize(writer, new ResponseError(code, message), LspJsonContext.Default.ResponseError);
    }));

    private static void WriteId(Utf8JsonWriter writer, JsonNode? id)
    {
        writer.WritePropertyName("id");
        if (id is null) writer.WriteNullValue();
        else id.WriteTo(writer);
    }

    private static byte[] Envelope(System.Action<Utf8JsonWriter> members)
    {
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            members(writer);
            writer.WriteEndObject();
        }
        return body.ToArray();
    }

    private void WriteBody(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_gate)
        {
            _output.Write(header, 0, header.Length);
            _output.Write(body, 0, body.Length);
            _output.Flush();
        }
    }
}
