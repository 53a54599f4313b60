using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace UpgradeGuard.Core.Manifests;

/// <summary>A database engine version such as <c>15.0</c>, <c>9.4</c> or <c>16.2</c>; compared by component, a missing one counts as 0.</summary>
public sealed class EngineVersion : IComparable<EngineVersion>
{
    private readonly int[] _components;

    private EngineVersion(int[] components) => _components = components;

    public IReadOnlyList<int> Components => _components;

    public static bool TryParse(string? text, out EngineVersion version)
    {
        version = null!;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text!.Split('.');
        if (parts.Length > 4) return false;
        var components = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            if (p.Length == 0 || p.Length > 6 || p.Any(c => c < '0' || c > '9')) return false;
            components[i] = int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        version = new EngineVersion(components);
        return true;
    }

    public int CompareTo(EngineVersion? other) => other is null ? 1 : Compare(other, Math.Max(_components.Length, other._components.Length));

    /// <summary>Compares only the first <paramref name="componentCount"/> components: 15.0.4123 equals 15.0 on two.</summary>
    public int Compare(EngineVersion other, int componentCount)
    {
        for (int i = 0; i < componentCount; i++)
        {
            int a = i < _components.Length ? _components[i] : 0;
            int b = i < other._components.Length ? other._components[i] : 0;
            if (a != b) return a.CompareTo(b);
        }
        return 0;
    }

    public override string ToString() => string.Join(".", _components.Select(c => c.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>A supported range of an engine: a minimum and, optionally, a maximum; bounds compare on their own components.</summary>
public sealed class EngineRange
{
    public EngineRange(EngineVersion? minimum, EngineVersion? maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    public EngineVersion? Minimum { get; }
    public EngineVersion? Maximum { get; }

    public bool Contains(EngineVersion version) =>
        (Minimum is null || version.Compare(Minimum, Minimum.Components.Count) >= 0) &&
        (Maximum is null || version.Compare(Maximum, Maximum.Components.Count) <= 0);

    public bool IsBelow(EngineVersion version) => Minimum != null && version.Compare(Minimum, Minimum.Components.Count) < 0;

    public EngineRange? Intersect(EngineRange other)
    {
        var min = Max(Minimum, other.Minimum);
        var max = Min(Maximum, other.Maximum);
        if (min != null && max != null && min.CompareTo(max) > 0) return null;
        return new EngineRange(min, max);
    }

    private static EngineVersion? Max(EngineVersion? a, EngineVersion? b) => a is null ? b : b is null ? a : a.CompareTo(b) >= 0 ? a : b;
    private static EngineVersion? Min(EngineVersion? a, EngineVersion? b) => a is null ? b : b is null ? a : a.CompareTo(b) <= 0 ? a : b;

    public override string ToString() =>
        Maximum is null ? $"{Minimum} or later" : Minimum is null ? $"up to {Maximum}" : $"{Minimum} to {Maximum}";
}
