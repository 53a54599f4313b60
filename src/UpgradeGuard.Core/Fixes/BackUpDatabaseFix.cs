using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>
/// UG4003: the snapshot that covers the hop gets <c>database: true</c> (or its <c>database: false</c> becomes
/// true); with no such snapshot written as a block item of the list, a <c>- backup-database: true</c> step goes before the upgrade.
/// </summary>
internal sealed class BackUpDatabaseFix : RuleFix
{
    public const string Title = "Back up the database";

    public override string RuleId => Diagnostics.RuleIds.MissingDatabaseBackup;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var step = context.UpgradeStepAtDiagnostic();
        if (step is null) yield break;
        var snapshot = context.SegmentBefore(step).LastOrDefault(context.CoversCluster);
        if (snapshot != null && !context.IsFlow(snapshot.Node) && context.IsWrittenInList(snapshot) && DatabaseTrue(context, snapshot) is { } databaseTrue)
        {
            yield return Fix(Title, databaseTrue);
            yield break;
        }
        if (context.InsertBefore(step, new[] { NewStep.Flag("backup-database") }) is { } edit) yield return Fix(Title, edit);
    }

    private static TextEdit? DatabaseTrue(FixContext context, Step snapshot)
    {
        if (snapshot.IncludesDatabase is { } written)
        {
            if (ScalarText.IsReplaceable(context.Text, written.Span)) return new TextEdit(written.Span.StartOffset, written.Span.EndOffset, "true");
            if (written.Span.Length > 0) return null; // an anchor, a tag or a multi-line value: the backup step instead
            // An empty value (`database:`): the word goes after the colon, with the space YAML needs there.
            int colon = context.Text.IndexOf(':', written.KeySpan.EndOffset);
            return colon >= 0 && colon <= written.Span.StartOffset ? TextEdit.Insert(colon + 1, " true") : null;
        }
        int keyColumn = context.Lines.Column(snapshot.Node.Span.StartOffset);
        int at = context.Lines.LineEnd(context.ContentEnd(snapshot.Node));
        return TextEdit.Insert(at, context.Lines.LinesAfter(new[] { SourceLines.Spaces(keyColumn) + "database: true" }));
    }
}
