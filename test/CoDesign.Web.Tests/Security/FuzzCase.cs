namespace CoDesign.Web.Tests.Security;

/// <summary>One request of the fuzz: the URL with its parameters and the raw body, sent as each kind of person.</summary>
internal sealed record FuzzCase(ApiOperation Operation, FuzzCaseKind Kind, string Label, string Url, byte[]? Body, string? ContentType)
{
    public override string ToString() => $"{Kind}: {Label}";
}
