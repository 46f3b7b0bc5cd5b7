using CoDesign.Application.Notifications;

namespace CoDesign.Web.Infrastructure;

/// <summary>
/// Links in mail use the configured public address (App:PublicBaseUrl) so that a job, which has
/// no request, writes the same links as a page; without it the current request's address is used.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IHttpContextAccessor accessor) : IPublicUrls
{
    public string Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var configured = configuration["App:PublicBaseUrl"];
        string baseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            baseUrl = configured.TrimEnd('/');
        }
        else if (accessor.HttpContext?.Request is { } request)
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
        else
        {
            baseUrl = "http://localhost:5000";
        }

        return baseUrl + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }
}
