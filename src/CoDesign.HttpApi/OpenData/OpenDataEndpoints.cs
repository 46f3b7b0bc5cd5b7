using System.Globalization;
using System.Text;
using System.Text.Json;
using CoDesign.Application.OpenData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoDesign.HttpApi.OpenData;

/// <summary>
/// Published ideas as open data (CSV and JSON), all cities or one (<c>?city=helsinki</c>), under
/// CC BY 4.0; columns in docs/opendata.md. Rows are written to the response as they are read.
/// </summary>
public static class OpenDataEndpoints
{
    /// <summary>The CSV columns, in order; the JSON objects use the same names in camelCase.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "id", "city", "theme", "category", "title", "language", "status", "channel", "district",
        "published_at", "last_activity_at", "first_response_at", "vote_count", "comment_count",
        "response_count", "last_response_at", "last_response_status", "last_response_fi", "last_response_sv", "last_response_en", "url",
    ];

    private const int FlushEvery = 200;

    public static RouteGroupBuilder MapOpenDataEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var open = api.MapGroup("/opendata").WithTags("Open data");

        open.MapGet("/ideas.csv", async (string? city, HttpContext http, OpenDataAppService service, CancellationToken ct) =>
        {
            var slug = await service.ResolveCityAsync(city, ct).ConfigureAwait(false);
            Headers(http, slug, "csv");
            return Results.Stream(stream => WriteCsvAsync(stream, service.IdeasAsync(slug, cancellationToken: ct), ct), "text/csv; charset=utf-8");
        }).WithName("OpenDataIdeasCsv").WithSummary("Published ideas as CSV (RFC 4180, UTF-8, header row), CC BY 4.0.").ProducesProblem(StatusCodes.Status404NotFound);

        open.MapGet("/ideas.json", async (string? city, HttpContext http, OpenDataAppService service, CancellationToken ct) =>
        {
            var slug = await service.ResolveCityAsync(city, ct).ConfigureAwait(false);
            Headers(http, slug, "json");
            return Results.Stream(stream => WriteJsonAsync(stream, slug, service.IdeasAsync(slug, cancellationToken: ct), ct), "application/json; charset=utf-8");
        }).WithName("OpenDataIdeasJson").WithSummary("Published ideas as JSON with the licence and column documentation, CC BY 4.0.").ProducesProblem(StatusCodes.Status404NotFound);

        return open;
    }

    private static void Headers(HttpContext http, string? slug, string extension)
    {
        http.Response.Headers.Append("Link", $"<{OpenDataAppService.LicenceUrl}>; rel=\"license\"");
        http.Response.Headers.Append("Content-Disposition", $"inline; filename=\"codesign-ideas-{slug ?? "all"}.{extension}\"");
    }

    public static async Task WriteCsvAsync(Stream stream, IAsyncEnumerable<OpenDataIdeaDto> ideas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(string.Join(',', CsvColumns) + "\r\n").ConfigureAwait(false);
            var n = 0;
            await foreach (var i in ideas.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var last = i.Responses.Count > 0 ? i.Responses[^1] : null;
                string?[] fields =
                [
                    i.Id.ToString(), i.City, i.Theme, i.Category, i.Title, i.Language, i.Status, i.Channel, i.District,
                    Iso(i.PublishedAt), Iso(i.LastActivityAt), Iso(i.FirstResponseAt), Num(i.VoteCount), Num(i.CommentCount),
                    Num(i.Responses.Count), Iso(last?.At), last?.ToStatus, last?.TextFi, last?.TextSv, last?.TextEn, i.Url,
                ];
                await writer.WriteAsync(string.Join(',', fields.Select(Csv)) + "\r\n").ConfigureAwait(false);
                if (++n % FlushEvery == 0)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    public static async Task WriteJsonAsync(Stream stream, string? city, IAsyncEnumerable<OpenDataIdeaDto> ideas, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ideas);
        var json = new Utf8JsonWriter(stream);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("licence", OpenDataAppService.Licence);
            json.WriteString("licenceUrl", OpenDataAppService.LicenceUrl);
            json.WriteString("attribution", "CoDesign, the participating cities");
            json.WriteString("documentation", "/opendata");
            json.WriteString("city", city);
            json.WriteStartArray("columns");
            foreach (var column in CsvColumns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteString("readme", "One object per published idea. Times are UTC (ISO 8601). responses lists the city's official responses, oldest first. No personal data: no names, e-mail addresses or user ids.");
            json.WriteStartArray("ideas");
            var n = 0;
            await foreach (var i in ideas.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteString("id", i.Id);
                json.WriteString("city", i.City);
                json.WriteString("theme", i.Theme);
                json.WriteString("category", i.Category);
                json.WriteString("title", i.Title);
                json.WriteString("language", i.Language);
                json.WriteString("status", i.Status);
                json.WriteString("channel", i.Channel);
                json.WriteString("district", i.District);
                json.WriteString("publishedAt", Iso(i.PublishedAt));
                json.WriteString("lastActivityAt", Iso(i.LastActivityAt));
                json.WriteString("firstResponseAt", Iso(i.FirstResponseAt));
                json.WriteNumber("voteCount", i.VoteCount);
                json.WriteNumber("commentCount", i.CommentCount);
                json.WriteString("url", i.Url);
                json.WriteStartArray("responses");
                foreach (var r in i.Responses)
                {
                    json.WriteStartObject();
                    json.WriteString("at", Iso(r.At));
                    json.WriteString("fromStatus", r.FromStatus);
                    json.WriteString("toStatus", r.ToStatus);
                    json.WriteString("textFi", r.TextFi);
                    json.WriteString("textSv", r.TextSv);
                    json.WriteString("textEn", r.TextEn);
                    json.WriteString("correctedAt", Iso(r.CorrectedAt));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                if (++n % FlushEvery == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Iso(DateTime? utc) => utc?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: quote a field with a comma, quote or line break; double the quotes.</summary>
    private static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
