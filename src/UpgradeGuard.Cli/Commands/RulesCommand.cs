using System.CommandLine;
using System.Linq;
using UpgradeGuard.Cli.Output;
using UpgradeGuard.Core.Rules;

namespace UpgradeGuard.Cli.Commands;

/// <summary><c>upgrade-guard rules</c>: every rule with its id, default severity, category and title.</summary>
public static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "The listing format.",
            DefaultValueFactory = _ => RulesFormatter.Text,
        };
        format.AcceptOnlyFromAmong(RulesFormatter.Text, RulesFormatter.Json);
        var command = new Command("rules", "List every rule with its id, default severity and title.") { format };
        command.SetAction(parseResult =>
        {
            var rules = RuleRegistry.Descriptors.Where(d => d != RuleRegistry.InternalError).ToList();
            if (parseResult.GetValue(format) == RulesFormatter.Json) RulesFormatter.WriteJson(rules, environment.Output);
            else RulesFormatter.WriteTable(rules, environment.Output);
            environment.Output.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
