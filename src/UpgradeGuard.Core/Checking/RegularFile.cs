using System.IO;
using UpgradeGuard.Core.Discovery;

namespace UpgradeGuard.Core.Checking;

/// <summary>Reads the files the user points at, refusing FIFOs, sockets and devices, whose reading may never end.</summary>
public static class RegularFile
{
    /// <summary><see cref="File.ReadAllBytes"/>, or an <see cref="IOException"/> saying what the path is when it is not a regular file.</summary>
    public static byte[] ReadAllBytes(string fullPath)
    {
        if (FileTypes.NotReadableReason(fullPath) is { } reason) throw new IOException(reason);
        return File.ReadAllBytes(fullPath);
    }

    /// <summary><see cref="File.ReadAllText(string)"/>, refusing what is not a regular file as <see cref="ReadAllBytes"/> does.</summary>
    public static string ReadAllText(string fullPath)
    {
        if (FileTypes.NotReadableReason(fullPath) is { } reason) throw new IOException(reason);
        return File.ReadAllText(fullPath);
    }
}
