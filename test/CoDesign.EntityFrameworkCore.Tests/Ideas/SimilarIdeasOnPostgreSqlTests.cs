namespace CoDesign.EntityFrameworkCore.Tests.Ideas;

public sealed class SimilarIdeasOnPostgreSqlTests() : SimilarIdeasTests(DatabaseProvider.PostgreSql);
