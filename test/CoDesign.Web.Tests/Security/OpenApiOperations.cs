using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>Reads the operations of an OpenAPI 3 document, resolving <c>$ref</c>s into plain schemas.</summary>
internal static class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static List<ApiOperation> Read(JsonObject document)
    {
        var components = document["components"]?["schemas"] as JsonObject ?? [];
        var result = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            var shared = item!["parameters"] as JsonArray ?? [];
            foreach (var (method, operation) in item.AsObject())
            {
                if (!Methods.Contains(method, StringComparer.Ordinal))
                {
                    continue;
                }

                var parameters = (operation!["parameters"] as JsonArray ?? []).Concat(shared)
                    .Select(p => Resolve(p!, components).AsObject())
                    .Select(p => new ApiParameter(p["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"] as JsonObject ?? [], p["required"]?.GetValue<bool>() ?? false))
                    .ToList();
                var bodySchema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
                var name = bodySchema?["$ref"]?.GetValue<string>().Split('/')[^1];
                result.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, bodySchema is null ? null : Resolve(bodySchema, components).AsObject(), name));
            }
        }

        return result;
    }

    /// <summary>A copy of the node with every <c>$ref</c> replaced by the schema it names (request schemas are not recursive; depth is bounded anyway).</summary>
    private static JsonNode Resolve(JsonNode node, JsonObject components, int depth = 0)
    {
        if (depth > 16)
        {
            return new JsonObject();
        }

        switch (node)
        {
            case JsonObject o when o["$ref"] is JsonValue reference:
                var target = components[reference.GetValue<string>().Split('/')[^1]] ?? throw new InvalidOperationException($"Unknown schema {reference}.");
                return Resolve(target, components, depth + 1);
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    copy[key] = value is null ? null : Resolve(value, components, depth + 1);
                }

                return copy;
            case JsonArray a:
                return new JsonArray(a.Select(x => x is null ? null : Resolve(x, components, depth + 1)).ToArray());
            default:
                return node.DeepClone();
        }
    }
}
