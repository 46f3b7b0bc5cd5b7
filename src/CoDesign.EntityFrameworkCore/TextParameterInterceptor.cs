using System.Data.Common;
using CoDesign.Domain.Errors;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CoDesign.EntityFrameworkCore;

/// <summary>
/// A NUL character in a query parameter (an e-mail address, a key, a token someone typed) is a
/// validation error before the command is sent: PostgreSQL refuses it in text (22021), and an error
/// on a parameter is not something to provoke on a pooled connection. No stored text has a NUL
/// (<see cref="TextSaveChangesInterceptor"/>), so no query with one could have matched anything.
/// </summary>
public sealed class TextParameterInterceptor : DbCommandInterceptor
{
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

    private static void Check(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && text.Contains('\0', StringComparison.Ordinal))
            {
                throw new BusinessException(ErrorCodes.Validation, "A value has a NUL character.");
            }
        }
    }
}
