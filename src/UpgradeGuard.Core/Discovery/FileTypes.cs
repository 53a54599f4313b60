using System;
using System.Runtime.InteropServices;
using System.Text;

namespace UpgradeGuard.Core.Discovery;

/// <summary>What a path names on disk, as far as reading it is concerned.</summary>
public enum FileType
{
    /// <summary>A regular file, or a path whose type cannot be told here (Windows, .NET Framework, a missing file).</summary>
    Regular,
    Directory,
    /// <summary>A named pipe: opening it for reading waits for a writer, for ever if none comes.</summary>
    Fifo,
    Socket,
    CharacterDevice,
    BlockDevice,
}

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which .NET reports as ordinary files: reading one may never
/// end (a FIFO, a terminal) or never stop (<c>/dev/zero</c>). Links are followed.
/// </summary>
public static class FileTypes
{
    // The .NET runtime's own POSIX shim (libSystem.Native), which every .NET on Linux and macOS ships: its FileStatus
    // starts with two 32-bit fields, Flags and Mode, and Mode carries the file type in the S_IFMT bits below.
    private const int ModeOffset = 4;
    private const int StatusSize = 256;
    private const int TypeMask = 0xF000;

    /// <summary>The type of what <paramref name="path"/> names; <see cref="FileType.Regular"/> when it cannot be told.</summary>
    public static FileType Of(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return FileType.Regular;
        try
        {
            var status = new byte[StatusSize];
            var nativePath = Encoding.UTF8.GetBytes(path + "\0");
            if (NativeMethods.Stat(nativePath, status) != 0) return FileType.Regular;
            return (BitConverter.ToInt32(status, ModeOffset) & TypeMask) switch
            {
                0x1000 => FileType.Fifo,
                0x2000 => FileType.CharacterDevice,
                0x4000 => FileType.Directory,
                0x6000 => FileType.BlockDevice,
                0xC000 => FileType.Socket,
                _ => FileType.Regular,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException || ex is BadImageFormatException)
        {
            // A runtime without the shim (Mono): the file is read as before.
            return FileType.Regular;
        }
    }

    /// <summary>True for a FIFO, socket or device: never read, since reading may never end.</summary>
    public static bool IsSpecial(FileType type) => type != FileType.Regular && type != FileType.Directory;

    /// <summary>"a named pipe (FIFO)", "a socket", ...</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "a named pipe (FIFO)",
        FileType.Socket => "a socket",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Directory => "a folder",
        _ => "a regular file",
    };

    /// <summary>The reason a path cannot be read as a manifest, or null for a regular file.</summary>
    public static string? NotReadableReason(string path)
    {
        var type = Of(path);
        return IsSpecial(type) ? $"it is {Describe(type)}, not a regular file" : null;
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        public static extern int Stat(byte[] path, byte[] status);
    }
}
