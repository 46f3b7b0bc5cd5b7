using System.Net.Sockets;
using Npgsql;

namespace CoDesign.Web.Errors;

/// <summary>Whether an exception means the database cannot be reached (as opposed to a bug): such requests get 503 and Retry-After.</summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                    return true;
            }
        }

        return false;
    }
}
