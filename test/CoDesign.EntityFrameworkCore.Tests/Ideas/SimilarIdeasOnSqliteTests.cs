namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

public sealed class SimilarIdeasOnSqliteTests() : SimilarIdeasTests(DatabaseProvider.Sqlite);
