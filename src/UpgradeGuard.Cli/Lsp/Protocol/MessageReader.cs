using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace UpgradeGuard.Cli.Lsp.Protocol;

/// <summary>
/// Reads base-protocol messages (<c>Content-Length</c> headers, then a UTF-8 JSON body) from a stream. Header lines
/// end with CRLF as LSP says, or with a bare LF, which some hand-written clients send (accepting it costs nothing: the
/// header is ASCII and ends at the first empty line either way). A header without a valid <c>Content-Length</c> (missing,
/// negative, not a number, over 64 MB) throws <see cref="InvalidDataException"/>: nobody can tell where the body ends, so
/// the framing is lost for good.
/// </summary>
public sealed class MessageReader
{
    private const int MaxHeaderBytes = 8 * 1024;
    private const int MaxBodyBytes = 64 * 1024 * 1024;

    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public MessageReader(Stream input) => _input = input;

    /// <summary>True when the next message is already buffered, so reading it will not wait for the client.</summary>
    public bool HasBufferedMessage => FindHeaderEnd(out _) >= 0;

    /// <summary>The next message; null at the end of the input. A body that is not JSON comes back as <see cref="MessageReadResult.Malformed"/>.</summary>
    public async Task<MessageReadResult?> ReadAsync(CancellationToken cancellationToken)
    {
        int headerEnd;
        int bodyStart;
        while ((headerEnd = FindHeaderEnd(out bodyStart)) < 0)
        {
            if (_end - _start > MaxHeaderBytes) throw new InvalidDataException("a message header is longer than 8 KB (no empty line after the headers)");
            if (!await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
        }
        var header = Encoding.ASCII.GetString(_buffer, _start, headerEnd - _start);
        _start = bodyStart;
        int length = ContentLength(header);
        var body = new byte[length];
        int copied = 0;
        while (copied < length)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
            int n = Math.Min(length - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, body, copied, n);
            _start += n;
            copied += n;
        }
        try
        {
            return JsonNode.Parse(body) is JsonObject message ? MessageReadResult.Ok(message) : MessageReadResult.Malformed("the message is not a JSON object");
        }
        catch (JsonException ex)
        {
            return MessageReadResult.Malformed(ex.Message);
        }
    }

    private static int ContentLength(string header)
    {
        foreach (var line in header.Split('\n'))
        {
            int colon = line.IndexOf(':');
            if (colon > 0 && line.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(line.Substring(colon + 1).Trim(), out var length) && length >= 0 && length <= MaxBodyBytes)
            {
                return length;
            }
        }
        throw new InvalidDataException($"a message header has no valid Content-Length (a number from 0 to {MaxBodyBytes}): {Shown(header)}");
    }

    /// <summary>The header on one line, control characters escaped, at most 200 characters.</summary>
    private static string Shown(string header)
    {
        var shown = new StringBuilder("'");
        foreach (char c in header.Length > 200 ? header.Substring(0, 200) : header)
        {
            if (c == '\r') shown.Append("\\r");
            else if (c == '\n') shown.Append("\\n");
            else if (c < ' ' || c > '~') shown.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else shown.Append(c);
        }
        return shown.Append(header.Length > 200 ? "'..." : "'").ToString();
    }

    /// <summary>
    /// The end of the headers: the offset of the line break that ends the last header line, with the body's start in
    /// <paramref name="bodyStart"/>; -1 while the empty line has not arrived. Lines end with CRLF or LF.
    /// </summary>
    private int FindHeaderEnd(out int bodyStart)
    {
        bodyStart = -1;
        for (int i = _start; i + 1 < _end; i++)
        {
            if (_buffer[i] != '\n') continue;
            if (_buffer[i + 1] == '\n')
            {
                bodyStart = i + 2;
                return i;
            }
            if (_buffer[i + 1] == '\r' && i + 2 < _end && _buffer[i + 2] == '\n')
            {
                bodyStart = i + 3;
                return i;
            }
        }
        return -1;
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) throw new InvalidDataException("message header too long");
        int read = await _input.ReadAsync(_buffer.AsMemory(_end, _buffer.Length - _end), cancellationToken).ConfigureAwait(false);
        if (read == 0) return false;
        _end += read;
        return true;
    }
}

/// <summary>A message read, or why its body could not be read as JSON.</summary>
public sealed class MessageReadResult
{
    private MessageReadResult(JsonObject? message, string? error)
    {
        Message = message;
        Error = error;
    }

    public JsonObject? Message { get; }
    public string? Error { get; }

    public static MessageReadResult Ok(JsonObject message) => new(message, null);
    public static MessageReadResult Malformed(string error) => new(null, error);
}
