using System;
using Xunit;

namespace UpgradeGuard.Build.Tests.TaskTests;

/// <summary>
/// The build's switches over the configured severities, as the compiler applies them to analyzer diagnostics:
/// NoWarn, WarningsAsErrors, TreatWarningsAsErrors and WarningsNotAsErrors.
/// </summary>
public sealed class WarningSwitchTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _lab;
    private readonly string _hold;

    public WarningSwitchTests()
    {
        _lab = _temp.Write("lab.upgrade.yaml", SampleManifests.Lab());
        _hold = _temp.Write("hold.upgrade.yaml", TaskSamples.NotLatest);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void NoWarn_suppresses_a_warning()
    {
        var run = TaskHarness.Run(new[] { _lab }, noWarn: "UG5001");

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
        Assert.Equal((1, 0, 0), (run.Task.ManifestCount, run.Task.ErrorCount, run.Task.WarningCount));
    }

    [Theory]
    [InlineData("UG2001;UG4001")]
    [InlineData("UG2001,UG4001")]
    [InlineData("UG2001 UG4001")]
    [InlineData(" ug2001 ;\n\tUG4001; ")]
    [InlineData("1701;1702;CS8002;UG2001,UG4001;NU1603")]
    public void NoWarn_suppresses_even_an_error_with_any_separator(string noWarn)
    {
        var run = TaskHarness.Run(new[] { TaskSamples.Amsterdam }, noWarn: noWarn);

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
        Assert.Equal(0, run.Task.ErrorCount);
    }

    [Fact]
    public void NoWarn_leaves_the_rules_it_does_not_name()
    {
        var run = TaskHarness.Run(new[] { TaskSamples.Amsterdam }, noWarn: "UG4001;UG20011;UG200");

        Assert.Equal(new[] { "UG2001@19:16 error" }, run.Short());
        Assert.False(run.Result);
        Assert.Equal(1, run.Task.ErrorCount);
    }

    [Fact]
    public void NoWarn_suppresses_an_info()
    {
        Assert.Empty(TaskHarness.Run(new[] { _hold }, noWarn: "UG2006").Logged);
    }

    [Fact]
    public void NoWarn_beats_WarningsAsErrors_and_TreatWarningsAsErrors()
    {
        var run = TaskHarness.Run(new[] { _lab }, noWarn: "UG5001", warningsAsErrors: "UG5001", treatWarningsAsErrors: true);

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
    }

    [Fact]
    public void NoWarn_suppresses_what_the_configuration_raised()
    {
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = error\n");

        var run = TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { config }, noWarn: "UG5001");

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
    }

    [Theory]
    [InlineData("UG5001")]
    [InlineData("ug5001")]
    [InlineData("CS0168;UG5001")]
    [InlineData("CS0168, UG5001 ")]
    public void WarningsAsErrors_makes_the_warnings_it_names_errors(string warningsAsErrors)
    {
        var run = TaskHarness.Run(new[] { _lab }, warningsAsErrors: warningsAsErrors);

        Assert.Equal(new[] { "UG5001@9:10 error" }, run.Short());
        Assert.False(run.Result);
        Assert.Equal((1, 0), (run.Task.ErrorCount, run.Task.WarningCount));
        Assert.Equal(TaskHarness.HelpBase + "UG5001.md", Assert.Single(run.Fake.Errors).HelpLink);
    }

    [Fact]
    public void WarningsAsErrors_leaves_other_warnings_and_infos()
    {
        var run = TaskHarness.Run(new[] { _lab, _hold }, warningsAsErrors: "UG5002;UG2006");

        Assert.Equal(new[] { "UG2006@11:7 info", "UG5001@9:10 warning" }, run.Short());
        Assert.True(run.Result);
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_every_warning_but_not_infos()
    {
        var run = TaskHarness.Run(new[] { _lab, _hold }, treatWarningsAsErrors: true);

        Assert.Equal(new[] { "UG2006@11:7 info", "UG5001@9:10 error" }, run.Short());
        Assert.False(run.Result);
        Assert.Equal((1, 0), (run.Task.ErrorCount, run.Task.WarningCount));
    }

    [Fact]
    public void TreatWarningsAsErrors_promotes_a_warning_the_configuration_set()
    {
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG2006.severity = warning\n");

        var run = TaskHarness.Run(new[] { _hold }, configurationFiles: new[] { config }, treatWarningsAsErrors: true);

        Assert.Equal(new[] { "UG2006@11:7 error" }, run.Short());
        Assert.False(run.Result);
    }

    [Fact]
    public void TreatWarningsAsErrors_does_not_bring_back_what_the_configuration_switched_off()
    {
        var config = _temp.Write(".editorconfig", "[*.upgrade.yaml]\ndotnet_diagnostic.UG5001.severity = none\n");

        var run = TaskHarness.Run(new[] { _lab }, configurationFiles: new[] { config }, warningsAsErrors: "UG5001", treatWarningsAsErrors: true);

        Assert.Empty(run.Logged);
        Assert.True(run.Result);
    }

    [Theory]
    [InlineData("UG5001")]
    [InlineData("UG4004;UG5001")]
    [InlineData("ug4004, ug5001")]
    public void WarningsNotAsErrors_exempts_a_warning_from_TreatWarningsAsErrors(string warningsNotAsErrors)
    {
        var run = TaskHarness.Run(new[] { _lab }, warningsNotAsErrors: warningsNotAsErrors, treatWarningsAsErrors: true);

        Assert.Equal(new[] { "UG5001@9:10 warning" }, run.Short());
        Assert.True(run.Result);
        Assert.Equal((0, 1), (run.Task.ErrorCount, run.Task.WarningCount));
    }

    [Fact]
    public void WarningsNotAsErrors_alone_changes_nothing()
    {
        var amsterdam = _temp.Write("amsterdam.upgrade.yaml", System.IO.File.ReadAllText(TaskSamples.Amsterdam));

        var run = TaskHarness.Run(new[] { _lab, amsterdam }, warningsNotAsErrors: "UG5001;UG2001");

        Assert.Equal(new[] { "UG4001@19:7 error", "UG2001@19:16 error", "UG5001@9:10 warning" }, run.Short());
    }

    [Fact]
    public void Errors_stay_errors_whatever_the_switches()
    {
        var run = TaskHarness.Run(new[] { TaskSamples.Amsterdam }, warningsNotAsErrors: "UG2001;UG4001", treatWarningsAsErrors: false);

        Assert.Equal(new[] { "UG4001@19:7 error", "UG2001@19:16 error" }, run.Short());
        Assert.False(run.Result);
    }
}
