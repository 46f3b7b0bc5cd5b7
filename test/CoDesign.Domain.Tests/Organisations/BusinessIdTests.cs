using CoDesign.Domain.Organisations;

namespace CoDesign.Domain.Tests.Organisations;

public class BusinessIdTests
{
    [Theory]
    [InlineData("0112038-9")] // Nokia Oyj
    [InlineData("0201256-6")] // Helsingin kaupunki
    [InlineData("0101263-6")] // Espoon kaupunki
    [InlineData("1234567-1")]
    public void IsValid_WithRealBusinessId_IsTrue(string value)
    {
        BusinessId.IsValid(value).ShouldBeTrue();
    }

    [Theory]
    [InlineData("0112038-0")]
    [InlineData("0112038-8")]
    [InlineData("0201256-5")]
    public void IsValid_WithWrongCheckDigit_IsFalse(string value)
    {
        BusinessId.IsValid(value).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01120389")]
    [InlineData("0112038 9")]
    [InlineData("112038-9")]
    [InlineData("00112038-9")]
    [InlineData("0112038-X")]
    [InlineData("011203A-9")]
    [InlineData("0112038--9")]
    [InlineData(" 0112038-9")]
    [InlineData("０112038-9")] // full-width digit
    public void IsValid_WithWrongFormat_IsFalse(string? value)
    {
        BusinessId.IsValid(value).ShouldBeFalse();
    }

    [Fact]
    public void IsValid_WhenRemainderIsOne_IsFalseForEveryCheckDigit()
    {
        // 0*7 + 0*9 + 1*10 + 0*5 + 0*8 + 0*4 + 1*2 = 12, and 12 mod 11 = 1: no check digit exists.
        for (var d = 0; d <= 9; d++)
        {
            BusinessId.IsValid($"0010001-{d}").ShouldBeFalse($"check digit {d}");
        }
    }

    [Fact]
    public void IsValid_WhenRemainderIsZero_AcceptsCheckDigitZero()
    {
        // 1*7 + 0 + 0 + 0 + 0 + 1*4 + 0 = 11, remainder 0, check digit 0.
        BusinessId.IsValid("1000010-0").ShouldBeTrue();
        BusinessId.IsValid("1000010-1").ShouldBeFalse();
    }

    [Fact]
    public void Complete_AddsTheCheckDigit()
    {
        BusinessId.Complete("0112038").ShouldBe("0112038-9");
        BusinessId.Complete("0201256").ShouldBe("0201256-6");
    }

    [Fact]
    public void Complete_WhenNoCheckDigitExists_ReturnsNull()
    {
        BusinessId.Complete("0010001").ShouldBeNull();
    }

    [Fact]
    public void Complete_ResultIsAlwaysValid()
    {
        var completed = 0;
        for (var n = 0; n < 2_000; n++)
        {
            var seven = (n * 4_999).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            if (BusinessId.Complete(seven) is { } id)
            {
                completed++;
                BusinessId.IsValid(id).ShouldBeTrue(id);
                id[..7].ShouldBe(seven);
            }
        }

        // About one in eleven digit strings has remainder 1 and no valid ID.
        completed.ShouldBeInRange(1_700, 1_900);
    }
}
