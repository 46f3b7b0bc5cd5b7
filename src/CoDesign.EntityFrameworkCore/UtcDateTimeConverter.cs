using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CoDesign.EntityFrameworkCore;

/// <summary>
/// Times are UTC everywhere. SQLite hands back unspecified kinds and Npgsql refuses them for
/// timestamptz, so the kind is fixed at the boundary in both directions.
/// </summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : (v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc)),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
