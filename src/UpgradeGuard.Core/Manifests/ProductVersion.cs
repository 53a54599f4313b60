using System;
using System.Globalization;

namespace UpgradeGuard.Core.Manifests;

/// <summary>An appliance version <c>major.minor.patch</c>, compared numerically by component.</summary>
public readonly struct ProductVersion : IComparable<ProductVersion>, IEquatable<ProductVersion>
{
    public ProductVersion(int major, int minor, int patch)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
    }

    public int Major { get; }
    public int Minor { get; }
    public int Patch { get; }

    public static bool TryParse(string? text, out ProductVersion version)
    {
        version = default;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text!.Split('.');
        if (parts.Length != 3) return false;
        if (!TryComponent(parts[0], out int major) || !TryComponent(parts[1], out int minor) || !TryComponent(parts[2], out int patch)) return false;
        version = new ProductVersion(major, minor, patch);
        return true;
    }

    private static bool TryComponent(string s, out int value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 6) return false;
        foreach (char c in s) if (c < '0' || c > '9') return false;
        return int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    public int CompareTo(ProductVersion other)
    {
        int c = Major.CompareTo(other.Major);
        if (c != 0) return c;
        c = Minor.CompareTo(other.Minor);
        return c != 0 ? c : Patch.CompareTo(other.Patch);
    }

    public bool Equals(ProductVersion other) => Major == other.Major && Minor == other.Minor && Patch == other.Patch;
    public override bool Equals(object? obj) => obj is ProductVersion v && Equals(v);
    public override int GetHashCode() => (Major * 1000 + Minor) * 1000 + Patch;
    public static bool operator <(ProductVersion a, ProductVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(ProductVersion a, ProductVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(ProductVersion a, ProductVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ProductVersion a, ProductVersion b) => a.CompareTo(b) >= 0;
    public static bool operator ==(ProductVersion a, ProductVersion b) => a.Equals(b);
    public static bool operator !=(ProductVersion a, ProductVersion b) => !a.Equals(b);

    public override string ToString() => $"{Major}.{Minor}.{Patch}";
}
