using CoDesign.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoDesign();
var app = builder.Build();

if (args.Contains("migrate", StringComparer.OrdinalIgnoreCase))
{
    // Server mode: `dotnet run --project src/CoDesign.Web -- migrate` applies migrations and seeds reference data, then exits.
    await CoDesignWebApplicationExtensions.MigrateAndSeedAsync(app.Services, app.Configuration, app.Environment);
    return;
}

app.UseCoDesign();
await app.InitializeAsync();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
