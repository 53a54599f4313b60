using System.Collections.Generic;
using System.Linq;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Diagnostics;

namespace UpgradeGuard.Core.Fixes;

/// <summary>UG6008: a <c>- notify-users: "..."</c> step right before the <c>environment-backup</c> step, telling users what not to do (guide, step 1).</summary>
internal sealed class NotifyUsersFix : RuleFix
{
    public const string Title = "Tell users before the environment backup";

    /// <summary>What the new step says; the user edits it to name the dates.</summary>
    public const string Message = "Do not share files or change settings in the workspace until the upgrade is complete";

    public override string RuleId => Diagnostics.RuleIds.UsersNotNotified;

    public override IEnumerable<CodeFix> Offer(FixContext context)
    {
        var backup = context.Manifest.Upgrade?.Steps?.FirstOrDefault(s => s.Kind == StepKind.EnvironmentBackup && context.IsAt(s.Span));
        if (backup is null) yield break;
        if (context.InsertBefore(backup, new[] { NewStep.NotifyUsers(Message) }) is { } edit) yield return Fix(Title, edit);
    }
}
