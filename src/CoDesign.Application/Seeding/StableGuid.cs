using System.Security.Cryptography;
using System.Text;

namespace CoDesign.Application.Seeding;

/// <summary>Name-based ids for seeded reference data, so every installation agrees on them.</summary>
public static class StableGuid
{
    public static Guid For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"codesign:{kind}:{name}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
