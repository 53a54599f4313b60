namespace UpgradeGuard.Core.Diagnostics;

/// <summary>What every surface needs to know about a rule: id, title, default severity, category, help.</summary>
public sealed record RuleDescriptor
{
    public const string HelpBaseUri = "https://github.com/upgradeguard/upgradeguard/blob/main/docs/rules/";

    public RuleDescriptor(string id, string title, Severity defaultSeverity, string category, string description)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
        Description = description;
    }

    public string Id { get; }
    public string Title { get; }
    public Severity DefaultSeverity { get; }
    public string Category { get; }
    /// <summary>A one-paragraph description (SARIF fullDescription, Roslyn description).</summary>
    public string Description { get; }
    public string HelpUri => HelpBaseUri + Id + ".md";
    /// <summary>The repository-relative path of the rule's documentation page.</summary>
    public string DocPath => "docs/rules/" + Id + ".md";

    public override string ToString() => Id;
}
