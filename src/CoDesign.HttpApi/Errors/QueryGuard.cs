using CoDesign.Domain.Errors;

namespace CoDesign.HttpApi.Errors;

/// <summary>
/// Paging parameters an API client sends: out of range is a coded 400 naming the parameter (the
/// pages, whose links a person may have edited, fall back to the nearest valid value instead).
/// </summary>
public static class QueryGuard
{
    public static int InRange(int? value, int fallback, int min, int max, string parameter) => value switch
    {
        null => fallback,
        { } v when v >= min && v <= max => v,
        _ => throw new BusinessException(ErrorCodes.Validation, $"{parameter} must be {min}–{max}.") { Field = parameter },
    };
}
