namespace CoDesign.EntityFrameworkCore.Tests.Voting;

public sealed class VotingConcurrencyOnPostgreSqlTests() : VotingConcurrencyTests(DatabaseProvider.PostgreSql);
