using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

using Xunit;

namespace UpgradeGuard.Tests.Shared;

/// <summary>Named pipes, for the tests that check nothing ever waits on one (compiled into each test project).</summary>
public static class Fifo
{
    /// <summary>Makes a FIFO at <paramref name="path"/> with mkfifo; Skipped where there is none (Windows), failed under CI.</summary>
    public static void Create(string path)
    {
        Skip.If(OperatingSystem.IsWindows(), "FIFOs are Unix files");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        bool made;
        try
        {
            using var process = Process.Start(new ProcessStartInfo("mkfifo", new[] { path }) { UseShellExecute = false })!;
            process.WaitForExit();
            made = process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            made = false;
        }
        RealTool.Require(made, "mkfifo is needed: apt-get install coreutils");
    }

    /// <summary>
    /// Runs <paramref name="run"/>; if it is still waiting after a minute (it opened a FIFO, which waits for a writer),
    /// opens <paramref name="fifos"/> for writing so it can end, and fails the test. A guard against a hung test run,
    /// not a timing assertion: a run that never touches a FIFO ends in milliseconds.
    /// </summary>
    public static T Guard<T>(Func<T> run, params string[] fifos)
    {
        var task = Task.Run(run);
        if (task.Wait(TimeSpan.FromMinutes(1))) return task.Result;
        foreach (var fifo in fifos)
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        }
        task.Wait();
        Assert.Fail("the command waited on a FIFO until the test wrote to it:\n" + task.Result);
        return task.Result;
    }
}
