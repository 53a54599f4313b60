using System;
using Xunit;

namespace UpgradeGuard.Tests.Shared;

/// <summary>
/// Tests that drive a real tool (a validator, an editor, a parser from another ecosystem) call <see cref="Require"/>
/// first and carry <c>[SkippableFact]</c> / <c>[SkippableTheory]</c>. Where the tool is missing the test is reported
/// Skipped, never Passed; under <c>CI=true</c> (where .ci/run installs every tool) it fails instead.
/// </summary>
public static class RealTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="available">Whether the tool (or file) the test needs is there.</param>
    /// <param name="what">What is missing and how to install it, e.g. "xmllint is needed: apt-get install libxml2-utils".</param>
    public static void Require(bool available, string what)
    {
        if (available) return;
        if (InCi) Assert.Fail(what + " (CI=true: a test that cannot run its real tool fails instead of being skipped)");
        throw new SkipException(what);
    }
}
