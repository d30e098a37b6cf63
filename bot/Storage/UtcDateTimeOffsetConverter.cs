using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ReformBot.Storage;

/// <summary>
/// Instants go to PostgreSQL in UTC: Npgsql writes <c>timestamp with time zone</c> only from offset 0, and the service
/// computes in Vietnam time (+07:00). Applies to parameters compared with such columns too. Read back in UTC.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
