using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace UpgradeGuard.Core.Text;

/// <summary>
/// A SHA-256 of a sequence of texts, each ended by a zero byte (so ["ab", "c"] and ["a", "bc"] differ), in base 64:
/// the key of the caches that keep findings by what they depend on (the analyzer's, the MSBuild task's).
/// </summary>
public static class ContentHash
{
    public static string Of(IEnumerable<string> parts)
    {
        using var sha = SHA256.Create();
        var separator = new byte[] { 0 };
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            sha.TransformBlock(separator, 0, 1, null, 0);
        }
        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return Convert.ToBase64String(sha.Hash!);
    }
}
