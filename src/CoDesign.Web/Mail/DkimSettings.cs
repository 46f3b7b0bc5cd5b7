namespace CoDesign.Web.Mail;

/// <summary>The "Mail:Dkim" section: with all three set, every mail is DKIM-signed (RSA-SHA256, relaxed/relaxed).</summary>
public sealed class DkimSettings
{
    /// <summary>The signing domain (d=), normally the domain of Mail:FromAddress.</summary>
    public string? Domain { get; set; }

    /// <summary>The selector (s=): the public key is published at {selector}._domainkey.{domain}.</summary>
    public string? Selector { get; set; }

    /// <summary>A PEM file with the RSA private key; relative to the content root.</summary>
    public string? PrivateKeyFile { get; set; }

    public bool IsEnabled =>
        !string.IsNullOrWhiteSpace(Domain) && !string.IsNullOrWhiteSpace(Selector) && !string.IsNullOrWhiteSpace(PrivateKeyFile);
}
