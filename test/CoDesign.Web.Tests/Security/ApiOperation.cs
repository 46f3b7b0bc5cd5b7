using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>One operation (path × method) of the OpenAPI document, its schemas with every <c>$ref</c> resolved.</summary>
internal sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonObject? Body, string? BodySchemaName)
{
    public string Key => $"{Method} {Path}";

    public override string ToString() => Key;
}
