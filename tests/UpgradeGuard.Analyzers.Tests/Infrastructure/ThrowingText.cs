using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace UpgradeGuard.Analyzers.Tests.Infrastructure;

/// <summary>An additional file whose text cannot be had: the stand-in for an unexpected failure inside one file's analysis.</summary>
public sealed class ThrowingText : AdditionalText
{
    public ThrowingText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("the disk went away");
}
