using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>Writes base-protocol messages; safe to call from several threads (one message at a time).</summary>
public sealed class MessageWriter
{
    private readonly Stream _output;
    private readonly object _gate = new();

    public MessageWriter(Stream output) => _output = output;

    public void Write(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_gate)
        {
            _output.Write(header, 0, header.Length);
            _output.Write(body, 0, body.Length);
            _output.Flush();
        }
    }

    public void Notify(string method, JsonNode? parameters) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public void Respond(JsonNode? id, JsonNode? result) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["result"] = result });

    public void RespondError(JsonNode? id, int code, string message) =>
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id?.DeepClone(), ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
}
