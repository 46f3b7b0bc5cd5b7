namespace CoDesign.Domain.Organisations;

/// <summary>Finnish business ID (Y-tunnus): seven digits, a hyphen and a modulus-11 check digit.</summary>
public static class BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 9 || value[7] != '-')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        if (!char.IsAsciiDigit(value[8]))
        {
            return false;
        }

        var remainder = sum % 11;
        if (remainder == 1)
        {
            return false;
        }

        var check = remainder == 0 ? 0 : 11 - remainder;
        return value[8] - '0' == check;
    }

    /// <summary>Completes seven digits with their check digit; null when no valid ID has them.</summary>
    public static string? Complete(string sevenDigits)
    {
        ArgumentNullException.ThrowIfNull(sevenDigits);
        for (var d = 0; d <= 9; d++)
        {
            var candidate = $"{sevenDigits}-{d}";
            if (IsValid(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
