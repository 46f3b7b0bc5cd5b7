using System.Collections;
using System.Data.Common;
using CoDesign.Domain.Errors;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoDesign.EntityFrameworkCore;

/// <summary>
/// Text with a NUL character never goes to the database as a command parameter. PostgreSQL text cannot
/// hold one and refuses it (22021), and worse: refused while Npgsql auto-prepares the statement, it
/// leaves the pooled connection out of step, so later valid requests on that connection fail with
/// "Received unexpected backend message". <see cref="TextSaveChangesInterceptor"/> checks what is saved,
/// naming the field; this guards everything else that reaches the database (a search, a sign-in, a
/// lookup by key, a bulk update): a validation error (400) instead.
/// </summary>
public sealed class NulParameterCommandInterceptor : DbCommandInterceptor
{
    public static NulParameterCommandInterceptor Instance { get; } = new();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (DbParameter parameter in command.Parameters)
        {
            if (HasNul(parameter.Value))
            {
                throw new BusinessException(ErrorCodes.Validation, "Text cannot contain a NUL character.");
            }
        }
    }

    /// <summary>A string, or a list of them (an IN list sent as one array parameter).</summary>
    private static bool HasNul(object? value) => value switch
    {
        string text => text.Contains('\0', StringComparison.Ordinal),
        IEnumerable items and not byte[] => items.OfType<string>().Any(t => t.Contains('\0', StringComparison.Ordinal)),
        _ => false,
    };
}
