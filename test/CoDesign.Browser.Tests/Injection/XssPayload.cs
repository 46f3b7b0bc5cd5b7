namespace CoDesign.Browser.Tests.Injection;

/// <summary>One payload of the corpus and the context in which it is live (html, attr, url or md).</summary>
public sealed record XssPayload(string Kind, string Text)
{
    public override string ToString() => $"{Kind}: {Text}";
}
