using System;
using UpgradeGuard.Core.Text;

namespace UpgradeGuard.Core.Manifests;

/// <summary>
/// A manifest value with the text as written and the position of its key and value. A value that was present
/// but could not be read (UG1002, UG1006) has <see cref="IsValid"/> false: checks that need it stay silent.
/// </summary>
public sealed class Located<T>
{
    private readonly T _value;

    public Located(T value, string text, SourceSpan keySpan, SourceSpan span, bool isValid = true)
    {
        _value = value;
        Text = text;
        KeySpan = keySpan;
        Span = span;
        IsValid = isValid;
    }

    public static Located<T> Invalid(string text, SourceSpan keySpan, SourceSpan span) => new Located<T>(default!, text, keySpan, span, false);

    public bool IsValid { get; }
    public T Value => IsValid ? _value : throw new InvalidOperationException($"'{Text}' was not readable");
    public string Text { get; }
    public SourceSpan KeySpan { get; }
    public SourceSpan Span { get; }

    public override string ToString() => Text;
}
