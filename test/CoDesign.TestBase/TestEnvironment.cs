namespace CoDesign.TestBase;

/// <summary>What etc/test.sh provides: a throw-away PostgreSQL, a real SMTP server and Chromium.</summary>
public static class TestEnvironment
{
    public static string PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable("CODESIGN_TEST_POSTGRES")
        ?? throw new InvalidOperationException("CODESIGN_TEST_POSTGRES is not set: run the tests with etc/test.sh (or source etc/local-servers.sh first).");

    public static string SmtpHost => Environment.GetEnvironmentVariable("CODESIGN_TEST_SMTP_HOST") ?? "127.0.0.1";

    public static int SmtpPort =>
        int.TryParse(Environment.GetEnvironmentVariable("CODESIGN_TEST_SMTP_PORT"), out var port)
            ? port
            : throw new InvalidOperationException("CODESIGN_TEST_SMTP_PORT is not set: run the tests with etc/test.sh.");

    public static string Maildir =>
        Environment.GetEnvironmentVariable("CODESIGN_TEST_MAILDIR")
        ?? throw new InvalidOperationException("CODESIGN_TEST_MAILDIR is not set: run the tests with etc/test.sh.");

    public static string Chromium => Environment.GetEnvironmentVariable("CODESIGN_CHROMIUM") ?? "/usr/bin/chromium";

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoDesign.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root (CoDesign.sln) not found.");
        }
    }
}
