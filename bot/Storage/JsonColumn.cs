using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReformBot.Storage;

/// <summary>
/// Small lists (unit codes, roles, months) stored as one JSON text column: they are always read with their row and
/// never queried by element, and text works the same on SQLite and PostgreSQL.
/// </summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static PropertyBuilder<IReadOnlyList<T>> HasJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>> property)
    {
        property.HasConversion(
            value => JsonSerializer.Serialize(value, Options),
            text => JsonSerializer.Deserialize<List<T>>(text, Options) ?? new List<T>(),
            new ValueComparer<IReadOnlyList<T>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                v => v.ToList()));
        return property;
    }

    public static PropertyBuilder<IReadOnlyList<T>?> HasNullableJsonConversion<T>(this PropertyBuilder<IReadOnlyList<T>?> property)
    {
        property.HasConversion(
            value => value == null ? null : JsonSerializer.Serialize(value, Options),
            text => text == null ? null : JsonSerializer.Deserialize<List<T>>(text, Options),
            new ValueComparer<IReadOnlyList<T>?>(
                (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                v => v == null ? 0 : v.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                v => v == null ? null : v.ToList()));
        return property;
    }
}
