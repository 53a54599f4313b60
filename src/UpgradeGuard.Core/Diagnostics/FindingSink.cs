using System.Collections.Generic;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Diagnostics;

/// <summary>A finding before it is bound to a file and configured: rule, span, message.</summary>
public readonly struct Finding
{
    public Finding(RuleDescriptor rule, SourceSpan span, string message)
    {
        Rule = rule;
        Span = span;
        Message = message;
    }

    public RuleDescriptor Rule { get; }
    public SourceSpan Span { get; }
    public string Message { get; }
}

/// <summary>Collects findings; a finding is kept once per rule and location.</summary>
public sealed class FindingSink
{
    private readonly List<Finding> _findings = new List<Finding>();
    private readonly HashSet<(string, int, int)> _seen = new HashSet<(string, int, int)>();

    public IReadOnlyList<Finding> Findings => _findings;

    public void Report(RuleDescriptor rule, SourceSpan span, string message)
    {
        if (_seen.Add((rule.Id, span.StartOffset, span.EndOffset))) _findings.Add(new Finding(rule, span, message));
    }
}
