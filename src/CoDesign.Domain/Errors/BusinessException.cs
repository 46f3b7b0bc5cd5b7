namespace CoDesign.Domain.Errors;

/// <summary>
/// A broken business rule. <see cref="Code"/> is stable (API clients and translations key on it);
/// the message is for logs and is never shown to a user as such.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException()
        : this(ErrorCodes.Unexpected)
    {
    }

    public BusinessException(string code)
        : this(code, code)
    {
    }

    public BusinessException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public BusinessException(string code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; } = ErrorCodes.Unexpected;

    /// <summary>The field a validation error is about, if any.</summary>
    public string? Field { get; init; }

    /// <summary>Values that the localized message may show, such as a limit.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    public BusinessException WithDetail(string key, object value)
    {
        var details = new Dictionary<string, string>(Details) { [key] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty };
        return new BusinessException(Code, Message) { Field = Field, Details = details };
    }
}
