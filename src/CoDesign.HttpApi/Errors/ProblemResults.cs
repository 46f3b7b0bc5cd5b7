using CoDesign.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CoDesign.HttpApi.Errors;

/// <summary>RFC 9457 problem details that always carry the stable <c>code</c>.</summary>
public static class ProblemResults
{
    public static ProblemDetails From(BusinessException exception, string title)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = ErrorStatus.For(exception.Code);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Type = $"https://codesign.example/problems/{exception.Code.Replace(':', '-').ToLowerInvariant()}",
        };
        problem.Extensions["code"] = exception.Code;
        if (exception.Field is not null)
        {
            problem.Extensions["field"] = exception.Field;
        }

        if (exception.Details.Count > 0)
        {
            problem.Extensions["details"] = exception.Details;
        }

        return problem;
    }

    public static IResult Problem(string code, int status, string title, string? field = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (field is not null)
        {
            extensions["field"] = field;
        }

        return Results.Problem(title: title, statusCode: status, type: $"https://codesign.example/problems/{code.Replace(':', '-').ToLowerInvariant()}", extensions: extensions);
    }
}
