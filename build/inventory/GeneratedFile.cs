namespace UpgradeGuard.Inventory;

/// <summary>One file of the inventory: its path relative to the repository root (with <c>/</c>) and its whole text.</summary>
public sealed record GeneratedFile(string Path, string Text);
