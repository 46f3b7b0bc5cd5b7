using System.Text.Json.Nodes;

namespace CoDesign.Web.Tests.Security;

/// <summary>
/// Real values the fuzz starts from, so that inputs reach the code behind validation: ids of seeded and
/// arranged Helsinki rows by kind, another city's ids, and good values for strings with no fixed set
/// (the document lists the fixed sets as enums: languages, statuses, sorts).
/// </summary>
internal sealed class FuzzIds
{
    /// <summary>Kind of value (idea, comment, category, theme, language...) to real values, the best first.</summary>
    public Dictionary<string, List<string>> Pools { get; } = new(StringComparer.Ordinal);

    /// <summary>Ideas, comments and categories of another city (Espoo), tried wherever an id goes.</summary>
    public List<string> OtherCity { get; } = [];

    /// <summary>Whole bodies known to be valid, by schema name or operation key (the city's real settings, a real idea).</summary>
    public Dictionary<string, JsonObject> Examples { get; } = new(StringComparer.Ordinal);

    /// <summary>The real values for a parameter or property of an operation, or none.</summary>
    public IReadOnlyList<string> For(ApiOperation operation, string name) =>
        PoolName(operation.Path, name) is { } pool && Pools.TryGetValue(pool, out var values) ? values : [];

    public JsonObject? Example(ApiOperation operation) =>
        (operation.BodySchemaName is { } schema && Examples.TryGetValue(schema, out var byName)) || Examples.TryGetValue(operation.Key, out byName)
            ? byName.DeepClone().AsObject()
            : null;

    private static string? PoolName(string path, string name) => name switch
    {
        "city" => "city",
        "id" when path.StartsWith("/api/v1/organisations", StringComparison.Ordinal) => "organisation",
        "id" when path.StartsWith("/api/v1/me/notifications", StringComparison.Ordinal) => "notification",
        "id" when path.Contains("/drafts/", StringComparison.Ordinal) => "draft",
        "id" or "survivorId" => "idea",
        "commentId" or "parentId" => "comment",
        "responseId" => "response",
        "categoryId" or "category" => "category",
        "assignmentId" => "assignment",
        "key" or "theme" or "themeKey" => "theme",
        "organisation" or "organisationId" => "organisation",
        "status" when path.Contains("/responses", StringComparison.Ordinal) => "responseStatus",
        "email" => "email",
        "password" => "password",
        "title" or "search" => "title",
        "body" or "reason" or "textFi" or "textSv" or "textEn" => "text",
        "name" or "nameFi" or "nameSv" or "nameEn" => "name",
        "businessId" => "businessId",
        "token" => "token",
        _ => null,
    };
}
