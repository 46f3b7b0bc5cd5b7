using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>Reading resolved OpenAPI 3.1 schemas: type lists with "null", nullable <c>oneOf</c>s, enums.</summary>
internal static class Schemas
{
    public static SchemaKind Kind(JsonObject schema)
    {
        var s = NonNull(schema);
        if (Enum(s).Count > 0)
        {
            return SchemaKind.Enum;
        }

        var types = Types(s);
        var format = s["format"]?.GetValue<string>();
        return true switch
        {
            _ when types.Contains("integer") => SchemaKind.Integer,
            _ when types.Contains("number") => SchemaKind.Number,
            _ when types.Contains("boolean") => SchemaKind.Boolean,
            _ when types.Contains("array") => SchemaKind.Array,
            _ when types.Contains("object") || s["properties"] is not null || s["additionalProperties"] is not null => SchemaKind.Object,
            _ when types.Contains("string") => format switch
            {
                "uuid" => SchemaKind.Uuid,
                "date" => SchemaKind.Date,
                "date-time" => SchemaKind.DateTime,
                _ => SchemaKind.String,
            },
            _ => SchemaKind.Any,
        };
    }

    /// <summary>The schema without its null alternative (<c>oneOf: [{type: null}, X]</c> gives X).</summary>
    public static JsonObject NonNull(JsonObject schema) =>
        schema["oneOf"] is JsonArray alternatives
            ? alternatives.OfType<JsonObject>().FirstOrDefault(a => a["type"] is not JsonValue type || type.GetValue<string>() != "null") ?? schema
            : schema;

    public static IReadOnlyList<string> Enum(JsonObject schema) =>
        NonNull(schema)["enum"] is JsonArray values ? values.OfType<JsonValue>().Select(v => v.ToString()).ToList() : [];

    public static IReadOnlyList<(string Name, JsonObject Schema)> Properties(JsonObject schema) =>
        NonNull(schema)["properties"] is JsonObject properties ? properties.Select(p => (p.Key, p.Value as JsonObject ?? [])).ToList() : [];

    public static IReadOnlyList<string> Required(JsonObject schema) =>
        NonNull(schema)["required"] is JsonArray required ? required.Select(r => r!.GetValue<string>()).ToList() : [];

    public static JsonObject Items(JsonObject schema) => NonNull(schema)["items"] as JsonObject ?? [];

    /// <summary>The value schema of a dictionary (<c>additionalProperties</c>), or null for a plain object.</summary>
    public static JsonObject? Values(JsonObject schema) => NonNull(schema)["additionalProperties"] as JsonObject;

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonValue v => [v.GetValue<string>()],
        JsonArray a => a.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList(),
        _ => [],
    };
}
