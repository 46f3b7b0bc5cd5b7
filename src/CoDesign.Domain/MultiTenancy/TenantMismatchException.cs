namespace CoDesign.Domain.MultiTenancy;

/// <summary>Raised when a write would touch data of a city other than the current one.</summary>
public sealed class TenantMismatchException : Exception
{
    public TenantMismatchException()
    {
    }

    public TenantMismatchException(string message)
        : base(message)
    {
    }

    public TenantMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
