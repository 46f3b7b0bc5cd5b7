namespace CoDesign.EntityFrameworkCore.Tests.Voting;

public sealed class VotingConcurrencyOnSqliteTests() : VotingConcurrencyTests(DatabaseProvider.Sqlite);
