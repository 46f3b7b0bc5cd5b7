namespace CoDesign.EntityFrameworkCore;

/// <summary>The database settings after defaults were applied.</summary>
public sealed record ResolvedDatabase(DatabaseOptions Options, ResolvedConnection Connection);
