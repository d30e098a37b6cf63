using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ReformBot.Storage;

/// <summary>
/// Decimals read from a PostgreSQL <c>numeric(p, s)</c> carry the column's scale (0.4 comes back as 0.400, 5.0 as
/// 5.000). Dividing by 1.000… drops the trailing zeros and adding 0.0 keeps one decimal place, the way plan files write
/// scores (0.4, 5.0, 4.94), so a plan exports as it was imported. (An integer score, 5, comes back as 5.0: the same number.)
/// </summary>
internal sealed class NormalizedDecimalConverter() : ValueConverter<decimal, decimal>(v => v, v => (v / 1.0000000000000000000000000000m) + 0.0m);
