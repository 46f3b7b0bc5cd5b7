using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// One input value: raw JSON text for a body and percent-encoded text for a path or query (null
/// where a URL cannot carry it: the query parameter is left out, the path value is not tried).
/// </summary>
internal sealed record FuzzValue(string Label, string Json, string? Url)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static FuzzValue Text(string label, string value) => new(label, JsonSerializer.Serialize(value, Relaxed), Uri.EscapeDataString(value));

    /// <summary>A JSON token written as is (numbers, literals, broken text) and the same for a URL.</summary>
    public static FuzzValue Raw(string label, string json, string? url) => new(label, json, url);

    /// <summary>A JSON value a URL cannot carry (an object, an array, null).</summary>
    public static FuzzValue JsonOnly(string label, string json) => new(label, json, null);

    public override string ToString() => Label;
}
