using CoDesign.EntityFrameworkCore;

namespace CoDesign.TestBase;

/// <summary>The app on SQLite, the embedded default.</summary>
public class SqliteApp() : CoDesignApp(DatabaseProvider.Sqlite);
