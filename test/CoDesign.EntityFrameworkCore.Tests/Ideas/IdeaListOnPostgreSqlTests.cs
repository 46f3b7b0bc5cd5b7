namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

public sealed class IdeaListOnPostgreSqlTests() : IdeaListTests(DatabaseProvider.PostgreSql);
