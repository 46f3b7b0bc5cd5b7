using CoDesign.Domain.Errors;
using CoDesign.Domain.Tenancy;

namespace CoDesign.Domain.Tests.Tenancy;

public class CitySlugTests
{
    [Theory]
    [InlineData("helsinki", "helsinki")]
    [InlineData("  Helsinki ", "helsinki")]
    [InlineData("ESPOO", "espoo")]
    [InlineData("yla-savo-2", "yla-savo-2")]
    [InlineData("hameenlinna", "hameenlinna")]
    [InlineData("h2", "h2")]
    public void NormalizeSlug_TrimsAndLowercases(string input, string expected)
    {
        City.NormalizeSlug(input).ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("a")]
    [InlineData("-helsinki")]
    [InlineData("helsinki-")]
    [InlineData("hel sinki")]
    [InlineData("hel_sinki")]
    [InlineData("hel/sinki")]
    [InlineData("hel.sinki")]
    [InlineData("ylöjärvi")]
    [InlineData("åbo")]
    [InlineData("../etc")]
    [InlineData("hel\nsinki")]
    [InlineData("abcdefghijabcdefghijabcdefghijabcdefghijx")]
    public void NormalizeSlug_WithBadSlug_IsRejectedAsSlugInvalid(string slug)
    {
        var ex = Should.Throw<BusinessException>(() => City.NormalizeSlug(slug));

        ex.Code.ShouldBe(ErrorCodes.CitySlugInvalid);
        ex.Code.ShouldBe("CoDesign:Tenancy:SlugInvalid");
        ex.Field.ShouldBe("Slug");
    }

    [Fact]
    public void NormalizeSlug_AcceptsTheMaximumLength()
    {
        var slug = new string('a', City.MaxSlugLength);

        City.NormalizeSlug(slug).ShouldBe(slug);
    }

    [Fact]
    public void Constructor_StoresTheNormalizedSlug()
    {
        var city = new City(Guid.NewGuid(), " Tampere ", "Tampere", "Tammerfors", "Tampere", TestData.Now);

        city.Slug.ShouldBe("tampere");
    }

    [Fact]
    public void Constructor_WithBadSlug_IsRejectedAsSlugInvalid()
    {
        var ex = Should.Throw<BusinessException>(() => new City(Guid.NewGuid(), "tam pere", "Tampere", "Tammerfors", "Tampere", TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.CitySlugInvalid);
    }
}
