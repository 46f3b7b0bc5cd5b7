namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

public sealed class IdeaListOnSqliteTests() : IdeaListTests(DatabaseProvider.Sqlite);
