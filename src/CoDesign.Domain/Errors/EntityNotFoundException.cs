namespace CoDesign.Domain.Errors;

/// <summary>The thing asked for does not exist in the current city (or at all).</summary>
public sealed class EntityNotFoundException : BusinessException
{
    public EntityNotFoundException()
        : base(ErrorCodes.NotFound)
    {
    }

    public EntityNotFoundException(string entityName)
        : base(ErrorCodes.NotFound, $"{entityName} was not found.")
    {
        EntityName = entityName;
    }

    public EntityNotFoundException(string message, Exception innerException)
        : base(ErrorCodes.NotFound, message, innerException)
    {
    }

    public string? EntityName { get; }
}
