namespace CoDesign.EntityFrameworkCore.Tests.Tenancy;

public sealed class CrossCityIsolationOnSqliteTests() : CrossCityIsolationTests(DatabaseProvider.Sqlite);
