namespace CoDesign.Bench;

/// <summary>Version 7 UUIDs (time-ordered, so B-tree inserts stay local) from a seeded generator, so the dataset is the same on every run.</summary>
internal static class Ids
{
    public static Guid V7(DateTime at, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = new DateTimeOffset(at).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
