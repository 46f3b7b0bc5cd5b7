namespace CoDesign.EntityFrameworkCore;

/// <summary>The provider and connection string in force after defaults were applied.</summary>
public sealed record ResolvedConnection(DatabaseProvider Provider, string ConnectionString);
