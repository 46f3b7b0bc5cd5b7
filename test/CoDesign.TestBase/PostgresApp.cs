using CoDesign.EntityFrameworkCore;

namespace CoDesign.TestBase;

/// <summary>The app on PostgreSQL, the server database.</summary>
public class PostgresApp() : CoDesignApp(DatabaseProvider.PostgreSql);
