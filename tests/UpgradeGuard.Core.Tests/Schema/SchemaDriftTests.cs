using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using UpgradeGuard.Core.Catalog;
using UpgradeGuard.Core.Manifests;
using UpgradeGuard.Core.Rules.Structure;

namespace UpgradeGuard.Core.Tests.Schema;

/// <summary>
/// Holds the JSON Schema to the engine without Node.js: the keys it declares at each level are
/// <see cref="ManifestSchema"/>'s, its step variants are the binder's actions with their extra keys, and its word
/// lists are the engine's. A key added to one and not the other fails here.
/// </summary>
public sealed class SchemaDriftTests
{
    private static readonly Lazy<JsonDocument> Document = new Lazy<JsonDocument>(() => JsonDocument.Parse(File.ReadAllText(SchemaFile.FullPath)));

    private static JsonElement Root => Document.Value.RootElement;

    [Fact]
    public void Is_a_draft_07_schema_with_its_published_id()
    {
        Assert.Equal("http://json-schema.org/draft-07/schema#", Root.GetProperty("$schema").GetString());
        Assert.Equal("https://github.com/upgradeguard/upgradeguard/blob/main/docs/schema/upgrade-manifest-v1.schema.json", Root.GetProperty("$id").GetString());
    }

    /// <summary>Walks the engine's key lists from the top level down: every mapping the engine knows is a closed object with exactly its keys.</summary>
    [Fact]
    public void Keys_at_every_level_are_the_engines()
    {
        var paths = new List<string>();
        Walk("", Root, paths);
        // Every mapping of the format was visited, so a section missing from either side fails above.
        Assert.Equal(
            new[] { "", "metadata", "cluster", "cluster.tls", "database", "database.tls", "schedule", "schedule.businessHours", "upgrade", "upgrade.sideBySide" }.OrderBy(p => p, StringComparer.Ordinal),
            paths.OrderBy(p => p, StringComparer.Ordinal));
    }

    private static void Walk(string path, JsonElement schema, List<string> visited)
    {
        visited.Add(path);
        var where = path.Length == 0 ? "the top level" : path;
        Assert.True(Parts(schema).Any(p => p.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False),
            $"{where}: the schema must close the mapping (additionalProperties: false)");
        var declared = Properties(schema);
        Assert.True(ManifestSchema.KeysAt(path).OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(declared.Keys.OrderBy(k => k, StringComparer.Ordinal)),
            $"{where}: the engine knows [{string.Join(", ", ManifestSchema.KeysAt(path))}], the schema declares [{string.Join(", ", declared.Keys)}]");
        foreach (var (key, child) in declared)
        {
            var childPath = path.Length == 0 ? key : path + "." + key;
            if (ManifestSchema.KeysAt(childPath).Count > 0)
            {
                Walk(childPath, child, visited);
            }
            else
            {
                Assert.False(Properties(child).Count > 0, $"{childPath}: the schema declares a mapping the engine does not know");
            }
        }
    }

    [Fact]
    public void Step_variants_are_the_engines_actions_with_their_extra_keys()
    {
        var steps = Resolve(At("upgrade", "steps").GetProperty("items"));
        var variants = steps.GetProperty("oneOf").EnumerateArray().ToList();
        var actions = new List<string>();
        foreach (var variant in variants)
        {
            var required = variant.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Single(required);
            var action = required[0];
            actions.Add(action);
            Assert.True(ManifestBinder.TryGetStepKind(action, out var kind), $"the schema has a step '{action}' the engine does not know");
            Assert.True(variant.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False, $"the '{action}' step must be closed");
            var keys = Properties(variant).Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            var engine = new[] { action }.Concat(ManifestSchema.StepExtraKeys(kind)).OrderBy(k => k, StringComparer.Ordinal).ToList();
            Assert.True(engine.SequenceEqual(keys), $"the '{action}' step: the engine takes [{string.Join(", ", engine)}], the schema declares [{string.Join(", ", keys)}]");
        }
        Assert.Equal(ManifestBinder.StepActionNames.OrderBy(a => a, StringComparer.Ordinal), actions.OrderBy(a => a, StringComparer.Ordinal));
    }

    public static TheoryData<string, string[]> WordLists() => new TheoryData<string, string[]>
    {
        { "apiVersion", new[] { UnsupportedApiVersionRule.Expected } },
        { "kind", new[] { ManifestKind.UpgradePlan } },
        { "database.type", ManifestSchema.DatabaseTypes },
        { "upgrade.strategy", ManifestSchema.Strategies },
        { "schedule.businessHours.days[]", ManifestSchema.DayWords },
        { "cluster.tls.protocols[]", ManifestSchema.TlsProtocols },
        { "database.tls.protocols[]", ManifestSchema.TlsProtocols },
        { "step.upgrade.onTimeout", ManifestSchema.OnTimeoutWords },
        { "step.reboot.reboot", new[] { "all" } },
    };

    /// <summary>The string words of each enum are the engine's (a TLS enum also lists the numbers an unquoted 1.2 reads as).</summary>
    [Theory]
    [MemberData(nameof(WordLists))]
    public void Word_lists_are_the_engines(string path, string[] words)
    {
        var schema = Resolve(path);
        var declared = schema.GetProperty("enum").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);
        Assert.Equal(words.OrderBy(w => w, StringComparer.Ordinal), declared.OrderBy(w => w, StringComparer.Ordinal));
    }

    /// <summary>The schema file is static: its engines are those of the shipped catalog (the binder takes the catalog's).</summary>
    [Fact]
    [Trait("Category", FixtureCatalog.ShippedCatalogCategory)]
    public void Database_engines_are_the_shipped_catalogs() =>
        Word_lists_are_the_engines("database.engine", CatalogLoader.Shipped.Products.SelectMany(p => p.Engines.Keys).Distinct().ToArray());

    [Fact]
    [Trait("Category", FixtureCatalog.ShippedCatalogCategory)]
    public void Built_in_products_are_the_catalogs()
    {
        var product = At("product");
        var builtIn = product.GetProperty("anyOf").EnumerateArray().Single(e => e.TryGetProperty("enum", out _)).GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!);
        Assert.Equal(CatalogLoader.Shipped.AllProductNames.Distinct().OrderBy(n => n, StringComparer.Ordinal), builtIn.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Required_keys_are_the_formats()
    {
        Assert.Equal(new[] { "apiVersion", "kind", "cluster", "upgrade" }, Required(Root));
        Assert.Equal(new[] { "nodes", "version" }, Required(At("cluster")));
        Assert.Equal(new[] { "to" }, Required(At("upgrade")));
        Assert.Equal(new[] { "engine", "version" }, Required(At("database").GetProperty("then")));
        Assert.Equal(new[] { "timeZone" }, Required(At("schedule").GetProperty("then")));
        Assert.Equal(new[] { "sideBySide" }, Required(At("upgrade").GetProperty("then")));
    }

    /// <summary>Editors show them on hover and in completion.</summary>
    [Fact]
    public void Every_property_has_a_title_and_a_description()
    {
        var missing = new List<string>();
        Visit(Root, "", missing);
        Assert.Empty(missing);
    }

    private static void Visit(JsonElement schema, string path, List<string> missing)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in schema.EnumerateObject())
                {
                    // The conditions of conditional requirements (if: {properties: ...}) are tests, not keys an editor offers.
                    if (member.Name == "if") continue;
                    if (member.Name == "properties")
                    {
                        foreach (var property in member.Value.EnumerateObject())
                        {
                            if (!HasText(property.Value, "title") || !HasText(property.Value, "description")) missing.Add(path + "/properties/" + property.Name);
                        }
                    }
                    Visit(member.Value, path + "/" + member.Name, missing);
                }
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in schema.EnumerateArray()) Visit(item, path + "/" + i++, missing);
                break;
        }
    }

    private static bool HasText(JsonElement schema, string name) =>
        schema.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    // ---- navigating the schema ----

    /// <summary>The schema of a dotted path: <c>a.b</c> for properties, <c>[]</c> for list items, <c>step.ACTION.KEY</c> inside a step variant.</summary>
    private static JsonElement Resolve(string path)
    {
        if (path.StartsWith("step.", StringComparison.Ordinal))
        {
            var parts = path.Split('.');
            var steps = Resolve(At("upgrade", "steps").GetProperty("items"));
            var variant = steps.GetProperty("oneOf").EnumerateArray().Single(v => v.GetProperty("required")[0].GetString() == parts[1]);
            return Properties(variant)[parts[2]];
        }
        bool item = path.EndsWith("[]", StringComparison.Ordinal);
        var schema = At(path.TrimEnd('[', ']').Split('.'));
        return item ? Resolve(schema.GetProperty("items")) : schema;
    }

    private static JsonElement At(params string[] keys)
    {
        var schema = Root;
        foreach (var key in keys)
        {
            Assert.True(Properties(schema).TryGetValue(key, out var child), $"the schema has no '{string.Join(".", keys)}'");
            schema = child;
        }
        return schema;
    }

    /// <summary>A schema's properties, looking through <c>$ref</c> and <c>allOf</c> (how the schema reuses definitions).</summary>
    private static Dictionary<string, JsonElement> Properties(JsonElement schema)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var part in Parts(schema))
        {
            if (!part.TryGetProperty("properties", out var properties)) continue;
            foreach (var property in properties.EnumerateObject()) result[property.Name] = property.Value;
        }
        return result;
    }

    /// <summary>The schema itself and what it takes in through <c>$ref</c> and <c>allOf</c>.</summary>
    private static IEnumerable<JsonElement> Parts(JsonElement schema)
    {
        var resolved = Resolve(schema);
        yield return resolved;
        if (!resolved.TryGetProperty("allOf", out var allOf)) yield break;
        foreach (var part in allOf.EnumerateArray().SelectMany(Parts)) yield return part;
    }

    /// <summary>Follows a local <c>$ref</c> (<c>#/definitions/NAME</c>) and a lone <c>allOf</c> around one.</summary>
    private static JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            const string prefix = "#/definitions/";
            Assert.StartsWith(prefix, name);
            return Resolve(Root.GetProperty("definitions").GetProperty(name.Substring(prefix.Length)));
        }
        if (!schema.TryGetProperty("enum", out _) && !schema.TryGetProperty("properties", out _) && !schema.TryGetProperty("oneOf", out _) &&
            schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
        {
            return Resolve(allOf[0]);
        }
        return schema;
    }

    private static string[] Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(e => e.GetString()!).ToArray() : Array.Empty<string>();
}
