using System;
using System.Threading.Tasks;

namespace UpgradeGuard.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => Cli.RunAsync(args, CliEnvironment.FromConsole());
}
