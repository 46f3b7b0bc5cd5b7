namespace CoDesign.Domain.MultiTenancy;

/// <summary>The city the current request, job or test acts in. Null outside any city.</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    string? Slug { get; }

    bool IsAvailable { get; }

    /// <summary>Switches the current city until the returned scope is disposed.</summary>
    IDisposable Change(Guid? id, string? slug = null);
}
