using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace UpgradeGuard.Core.Configuration;

/// <summary>
/// An .editorconfig section name compiled to a matcher, with the editorconfig semantics:
/// <c>*</c> (not across <c>/</c>), <c>**</c> (across <c>/</c>), <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>[a-z]</c>,
/// <c>{a,b}</c> (nestable), <c>{1..10}</c> and <c>\</c> escapes. A name without <c>/</c> matches the file name
/// in any folder under the .editorconfig; a name with <c>/</c> is relative to the .editorconfig's folder.
/// </summary>
public sealed class EditorConfigGlob
{
    private readonly Regex? _regex;
    private readonly List<(int Min, int Max)> _ranges;

    private EditorConfigGlob(Regex? regex, List<(int, int)> ranges)
    {
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>Compiles a section name; a malformed one (unbalanced brackets or braces) never matches.</summary>
    public static EditorConfigGlob Parse(string sectionName)
    {
        var ranges = new List<(int, int)>();
        var pattern = sectionName;
        if (!HasUnbracketedSlash(pattern)) pattern = "**/" + pattern;
        else if (pattern.StartsWith("/", StringComparison.Ordinal)) pattern = pattern.Substring(1);

        var builder = new StringBuilder("^");
        int index = 0;
        if (!new Translator(pattern, ranges).Translate(builder, ref index, inBraces: false) || index != pattern.Length)
        {
            return new EditorConfigGlob(null, ranges);
        }
        builder.Append('$');
        return new EditorConfigGlob(new Regex(builder.ToString(), RegexOptions.CultureInvariant), ranges);
    }

    /// <summary>Whether a path relative to the .editorconfig's folder (with <c>/</c> separators) matches.</summary>
    public bool IsMatch(string relativePath)
    {
        if (_regex is null) return false;
        var match = _regex.Match(relativePath);
        if (!match.Success) return false;
        for (int i = 0; i < _ranges.Count; i++)
        {
            var value = match.Groups["r" + i.ToString(CultureInfo.InvariantCulture)].Value;
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return false;
            if (number < _ranges[i].Min || number > _ranges[i].Max) return false;
        }
        return true;
    }

    private static bool HasUnbracketedSlash(string pattern)
    {
        bool inBrackets = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') inBrackets = true;
            else if (c == ']') inBrackets = false;
            else if (c == '/' && !inBrackets) return true;
        }
        return false;
    }

    private sealed class Translator
    {
        private static readonly Regex NumericRange = new Regex(@"\G\{(-?\d+)\.\.(-?\d+)\}", RegexOptions.CultureInvariant);

        private readonly string _pattern;
        private readonly List<(int, int)> _ranges;

        public Translator(string pattern, List<(int, int)> ranges)
        {
            _pattern = pattern;
            _ranges = ranges;
        }

        /// <summary>Translates until the end, or (inside braces) until an unescaped ',' or '}'.</summary>
        public bool Translate(StringBuilder regex, ref int i, bool inBraces)
        {
            while (i < _pattern.Length)
            {
                char c = _pattern[i];
                if (inBraces && (c == ',' || c == '}')) return true;
                switch (c)
                {
                    case '*':
                        if (i + 1 < _pattern.Length && _pattern[i + 1] == '*')
                        {
                            bool slashBefore = i == 0 || _pattern[i - 1] == '/';
                            bool slashAfter = i + 2 < _pattern.Length && _pattern[i + 2] == '/';
                            if (slashBefore && slashAfter)
                            {
                                // "**/" also matches no folder at all: "**/a" matches "a", "x/**/a" matches "x/a".
                                regex.Append("(?:.*/)?");
                                i += 3;
                            }
                            else
                            {
                                regex.Append(".*");
                                i += 2;
                            }
                        }
                        else
                        {
                            regex.Append("[^/]*");
                            i++;
                        }
                        break;
                    case '?':
                        regex.Append("[^/]");
                        i++;
                        break;
                    case '[':
                        if (!TranslateBrackets(regex, ref i)) return false;
                        break;
                    case '{':
                        if (!TranslateBraces(regex, ref i)) return false;
                        break;
                    case '\\':
                        if (i + 1 < _pattern.Length)
                        {
                            regex.Append(Regex.Escape(_pattern[i + 1].ToString()));
                            i += 2;
                        }
                        else
                        {
                            regex.Append(@"\\");
                            i++;
                        }
                        break;
                    default:
                        regex.Append(Regex.Escape(c.ToString()));
                        i++;
                        break;
                }
            }
            return !inBraces;
        }

        private bool TranslateBrackets(StringBuilder regex, ref int i)
        {
            int close = i + 1;
            if (close < _pattern.Length && _pattern[close] == '!') close++;
            if (close < _pattern.Length && _pattern[close] == ']') close++;
            while (close < _pattern.Length && _pattern[close] != ']')
            {
                if (_pattern[close] == '\\') close++;
                close++;
            }
            if (close >= _pattern.Length)
            {
                // No closing bracket: a literal '['.
                regex.Append(@"\[");
                i++;
                return true;
            }
            var body = new StringBuilder("[");
            int j = i + 1;
            if (_pattern[j] == '!')
            {
                body.Append("^/");
                j++;
            }
            for (; j < close; j++)
            {
                char c = _pattern[j];
                if (c == '\\' && j + 1 < close) c = _pattern[++j];
                else if (c == '-' && j > i + 1 && j + 1 < close)
                {
                    body.Append('-');
                    continue;
                }
                if (c == '\\' || c == ']' || c == '[' || c == '^' || c == '-') body.Append('\\');
                body.Append(c);
            }
            body.Append(']');
            regex.Append(body.ToString());
            i = close + 1;
            return true;
        }

        private bool TranslateBraces(StringBuilder regex, ref int i)
        {
            var range = NumericRange.Match(_pattern, i);
            if (range.Success)
            {
                int a = int.Parse(range.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                int b = int.Parse(range.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                regex.Append("(?<r").Append(_ranges.Count.ToString(CultureInfo.InvariantCulture)).Append(@">-?\d+)");
                _ranges.Add((Math.Min(a, b), Math.Max(a, b)));
                i += range.Length;
                return true;
            }
            if (!HasComma(i))
            {
                // "{single}" is literal text, as in editorconfig.
                int end = _pattern.IndexOf('}', i);
                if (end < 0) return false;
                regex.Append(Regex.Escape(_pattern.Substring(i, end - i + 1)));
                i = end + 1;
                return true;
            }
            regex.Append("(?:");
            i++;
            while (true)
            {
                if (!Translate(regex, ref i, inBraces: true) || i >= _pattern.Length) return false;
                if (_pattern[i] == '}')
                {
                    regex.Append(')');
                    i++;
                    return true;
                }
                regex.Append('|');
                i++;
            }
        }

        /// <summary>Whether the brace group starting at <paramref name="open"/> has a top-level comma.</summary>
        private bool HasComma(int open)
        {
            int depth = 0;
            for (int k = open; k < _pattern.Length; k++)
            {
                char c = _pattern[k];
                if (c == '\\') { k++; continue; }
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return false;
                else if (c == ',' && depth == 1) return true;
            }
            return false;
        }
    }
}
