using System.Text.Json;
using System.Text.Json.Nodes;
using CoDesign.Application.Ideas;
using CoDesign.Application.Localization;
using CoDesign.Application.Tenancy;
using CoDesign.Domain.Ideas;
using CoDesign.Domain.Tenancy;
using CoDesign.HttpApi.Organisations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CoDesign.HttpApi.OpenApi;

/// <summary>
/// Strings the API reads as one of a fixed set (a language, an idea status, a sort, a moderation mode)
/// are described with that set as <c>enum</c>: the types say only "string", but a client (and the
/// fuzz test) should know the values that work; any other is refused with a coded 400.
/// </summary>
internal sealed class KnownValuesSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>Query parameters by name.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> QueryParameters = new(StringComparer.Ordinal)
    {
        ["lang"] = Languages.All,
        ["sort"] = Enum.GetNames<IdeaSort>().Select(JsonNamingPolicy.CamelCase.ConvertName).ToList(),
        ["status"] = CityAppService.PublicIdeaStatuses.Select(s => s.ToString()).ToList(),
    };

    /// <summary>Body properties by declaring type and JSON name (for a list, its items).</summary>
    private static readonly Dictionary<(Type Type, string Name), IReadOnlyList<string>> Properties = new()
    {
        [(typeof(IdeaInput), "language")] = Languages.All,
        [(typeof(InviteRequest), "language")] = Languages.All,
        [(typeof(ResponseInput), "status")] = Enum.GetNames<IdeaStatus>(),
        [(typeof(CitySettingsDto), "moderationMode")] = Enum.GetNames<ModerationMode>(),
        [(typeof(CitySettingsDto), "languages")] = Languages.All,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var values = context.JsonPropertyInfo is { } property
            ? Properties.GetValueOrDefault((property.DeclaringType, property.Name))
            : context.ParameterDescription is { } parameter && parameter.Source == BindingSource.Query
                ? QueryParameters.GetValueOrDefault(parameter.Name)
                : null;
        if (values is null)
        {
            return Task.CompletedTask;
        }

        var known = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        if (schema.Type?.HasFlag(JsonSchemaType.Array) == true)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = known };
        }
        else
        {
            schema.Enum = known;
        }

        return Task.CompletedTask;
    }
}
