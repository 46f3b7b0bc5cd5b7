using CoDesign.Domain.Errors;
using CoDesign.Domain.Notifications;

namespace CoDesign.Domain.Tests.Notifications;

public class MailGuardTests
{
    [Theory]
    [InlineData("anna@example.fi", "anna@example.fi")]
    [InlineData("  anna.virtanen@hel.fi ", "anna.virtanen@hel.fi")]
    [InlineData("helsinki-admin@demo.codesign.fi", "helsinki-admin@demo.codesign.fi")]
    public void Address_WithPlainAddress_IsAcceptedTrimmed(string input, string expected)
    {
        MailGuard.Address(input).ShouldBe(expected);
        MailGuard.IsValidAddress(input).ShouldBeTrue();
    }

    [Theory]
    [InlineData("a@b.fi\r\nBcc: x@y.fi")]
    [InlineData("a@b.fi\nBcc: x@y.fi")]
    [InlineData("a@b.fi\rBcc: x@y.fi")]
    [InlineData("a@b.fi\u0085Bcc: x@y.fi")]
    [InlineData("a@b.fi\u2028Bcc: x@y.fi")]
    [InlineData("Anna <a@b.fi>")]
    [InlineData("\"Anna Virtanen\" <a@b.fi>")]
    [InlineData("<a@b.fi>")]
    [InlineData("a@b.fi (Anna)")]
    [InlineData("a@b.fi, x@y.fi")]
    [InlineData("a@b.fi;x@y.fi")]
    [InlineData("a@b.fi\0")]
    [InlineData("a\t@b.fi")]
    [InlineData("a@b.fi\u001b")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not-an-address")]
    public void Address_WithInjectionOrNonAddress_IsRejected(string input)
    {
        var ex = Should.Throw<BusinessException>(() => MailGuard.Address(input));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe("Email");
        MailGuard.IsValidAddress(input).ShouldBeFalse();
    }

    [Fact]
    public void Address_LongerThanTheLimit_IsRejected()
    {
        var address = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".fi";
        address.Length.ShouldBeGreaterThan(OutboxMail.MaxAddressLength);

        MailGuard.IsValidAddress(address).ShouldBeFalse();
    }

    [Fact]
    public void IsValidAddress_WithNull_IsFalse()
    {
        MailGuard.IsValidAddress(null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Hello\r\nBcc: x@y.fi")]
    [InlineData("Hello\nBcc: x@y.fi")]
    [InlineData("Hello\rBcc: x@y.fi")]
    [InlineData("Hello\u0085Bcc: x@y.fi")]
    [InlineData("Hello\tBcc: x@y.fi")]
    public void Subject_WithLineBreaks_BecomesOneLine(string subject)
    {
        var s = MailGuard.Subject(subject);

        s.ShouldNotContain('\r');
        s.ShouldNotContain('\n');
        s.Any(char.IsControl).ShouldBeFalse();
        s.ShouldStartWith("Hello");
        s.ShouldEndWith("Bcc: x@y.fi");
    }

    [Fact]
    public void Subject_IsTrimmedAndCutToTheLimit()
    {
        MailGuard.Subject("  Palaute saavutettavuudesta  ").ShouldBe("Palaute saavutettavuudesta");
        MailGuard.Subject(new string('s', 500)).Length.ShouldBe(OutboxMail.MaxSubjectLength);
        MailGuard.Subject(null!).ShouldBe(string.Empty);
    }
}
