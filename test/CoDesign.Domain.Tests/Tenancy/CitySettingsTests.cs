using CoDesign.Domain.Errors;
using CoDesign.Domain.Tenancy;

namespace CoDesign.Domain.Tests.Tenancy;

public class CitySettingsTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NewCity_HasTheDocumentedDefaults()
    {
        var city = TestData.City();

        city.IsActive.ShouldBeTrue();
        city.VotingOpen.ShouldBeTrue();
        city.SupportThreshold.ShouldBe(50);
        city.ResponseDays.ShouldBe(60);
        city.ReportsToHide.ShouldBe(3);
        city.ModerationMode.ShouldBe(ModerationMode.PostModeration);
        city.ActiveVoteCap.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void SetVoting_WhenEndIsNotAfterStart_IsRejected(int days)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() => city.SetVoting(true, Start, Start.AddDays(days), null));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(City.VotingEndsAt));
        city.VotingStartsAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void SetVoting_WithNonPositiveCap_IsRejected(int cap)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() => city.SetVoting(true, null, null, cap));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(City.ActiveVoteCap));
        city.ActiveVoteCap.ShouldBeNull();
    }

    [Fact]
    public void SetVoting_WithValidValues_StoresThem()
    {
        var city = TestData.City();

        city.SetVoting(false, Start, Start.AddDays(30), 5);

        city.VotingOpen.ShouldBeFalse();
        city.VotingStartsAt.ShouldBe(Start);
        city.VotingEndsAt.ShouldBe(Start.AddDays(30));
        city.ActiveVoteCap.ShouldBe(5);
    }

    [Theory]
    [InlineData(0, 60, nameof(City.SupportThreshold))]
    [InlineData(-5, 60, nameof(City.SupportThreshold))]
    [InlineData(50, 0, nameof(City.ResponseDays))]
    [InlineData(50, 366, nameof(City.ResponseDays))]
    public void SetAccountability_OutOfRange_IsRejectedOnTheField(int threshold, int days, string field)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() => city.SetAccountability(threshold, days));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(field);
        city.SupportThreshold.ShouldBe(50);
        city.ResponseDays.ShouldBe(60);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1000, 365)]
    public void SetAccountability_AtTheLimits_IsAccepted(int threshold, int days)
    {
        var city = TestData.City();

        city.SetAccountability(threshold, days);

        city.SupportThreshold.ShouldBe(threshold);
        city.ResponseDays.ShouldBe(days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void SetModeration_WithNonPositiveReportsToHide_IsRejected(int reports)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() => city.SetModeration(ModerationMode.PreModeration, reports));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(City.ReportsToHide));
        city.ModerationMode.ShouldBe(ModerationMode.PostModeration);
    }

    [Fact]
    public void SetModeration_StoresModeAndThreshold()
    {
        var city = TestData.City();

        city.SetModeration(ModerationMode.PreModeration, 7);

        city.ModerationMode.ShouldBe(ModerationMode.PreModeration);
        city.ReportsToHide.ShouldBe(7);
    }

    [Theory]
    [InlineData("", "Helsingfors", "Helsinki", nameof(City.NameFi))]
    [InlineData("Helsinki", "  ", "Helsinki", nameof(City.NameSv))]
    [InlineData("Helsinki", "Helsingfors", null, nameof(City.NameEn))]
    public void Rename_WithEmptyName_IsRejectedOnTheField(string fi, string sv, string? en, string field)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() => city.Rename(fi, sv, en!));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(field);
    }

    [Fact]
    public void Rename_WithTooLongName_IsRejected()
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() => city.Rename(new string('x', City.MaxNameLength + 1), "Helsingfors", "Helsinki"));

        ex.Field.ShouldBe(nameof(City.NameFi));
    }

    [Fact]
    public void Rename_TrimsAndNameFollowsLanguage()
    {
        var city = TestData.City();

        city.Rename(" Turku ", " Åbo ", " Turku ");

        city.Name("fi").ShouldBe("Turku");
        city.Name("sv").ShouldBe("Åbo");
        city.Name("en").ShouldBe("Turku");
        city.Name("de").ShouldBe("Turku");
    }
}
