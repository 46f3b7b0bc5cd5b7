using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>A path or query parameter of an <see cref="ApiOperation"/>.</summary>
internal sealed record ApiParameter(string Name, string In, JsonObject Schema, bool Required);
