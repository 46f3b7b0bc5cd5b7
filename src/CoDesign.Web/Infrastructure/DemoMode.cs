using CoDesign.EntityFrameworkCore;

namespace CoDesign.Web.Infrastructure;

/// <summary>Demo accounts and content exist only in the embedded (SQLite) or development mode, never in production on a server.</summary>
public static class DemoMode
{
    public const string DefaultPassword = "CoDesign-demo-2026";

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment, ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(connection);
        var allowed = connection.Provider == DatabaseProvider.Sqlite || environment.IsDevelopment();
        return allowed && configuration.GetValue("Demo:Enabled", true);
    }

    public static string Password(IConfiguration configuration) =>
        configuration["Demo:Password"] is { Length: >= 12 } configured ? configured : DefaultPassword;
}
