using System;
using System.IO;
using System.Linq;
using UpgradeGuard.Core.Rules;
using UpgradeGuard.Inventory;

// dotnet run --project build/inventory [-- --check] [-- --release x.y.z] [-- --root <repository>]
bool check = false;
string? release = null;
string? root = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--check": check = true; break;
        case "--release" when i + 1 < args.Length: release = args[++i]; break;
        case "--root" when i + 1 < args.Length: root = args[++i]; break;
        default:
            Console.Error.WriteLine($"upgradeguard-inventory: unknown argument '{args[i]}'; usage: {InventoryFiles.Command} [-- --check | --release x.y.z] [--root <repository>]");
            return 2;
    }
}
if (check && release is not null)
{
    Console.Error.WriteLine("upgradeguard-inventory: --check writes nothing, so it cannot --release");
    return 2;
}
root ??= FindRoot(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("upgradeguard-inventory: no Analyzer.sln in this folder or above; pass --root <repository>");
    return 2;
}

var files = InventoryFiles.Generate(root, RuleRegistry.Descriptors, release);
var stale = InventoryFiles.Stale(root, files);
if (check)
{
    if (stale.Count == 0) return 0;
    Console.Error.WriteLine("The generated inventory is stale: " + string.Join(", ", stale.Select(f => f.Path)) + ".");
    Console.Error.WriteLine("Regenerate it with: " + InventoryFiles.Command);
    return 1;
}
foreach (var file in stale)
{
    var path = InventoryFiles.FullPath(root, file.Path);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, file.Text);
    Console.WriteLine("wrote " + file.Path);
}
if (stale.Count == 0) Console.WriteLine("the inventory is up to date");
return 0;

static string? FindRoot(string folder)
{
    for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Analyzer.sln"))) return dir.FullName;
    }
    return null;
}
