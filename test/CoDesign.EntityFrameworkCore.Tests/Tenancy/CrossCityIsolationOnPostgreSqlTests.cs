namespace CoDesign.EntityFrameworkCore.Tests.Tenancy;

public sealed class CrossCityIsolationOnPostgreSqlTests() : CrossCityIsolationTests(DatabaseProvider.PostgreSql);
