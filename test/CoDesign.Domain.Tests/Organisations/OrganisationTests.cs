using CoDesign.Domain.Errors;
using CoDesign.Domain.Organisations;

namespace CoDesign.Domain.Tests.Organisations;

public class OrganisationTests
{
    [Fact]
    public void CreateFirm_WithValidBusinessId_KeepsItTrimmed()
    {
        var firm = Organisation.CreateFirm(Guid.NewGuid(), " Nokia Oyj ", " 0112038-9 ", TestData.Now);

        firm.Kind.ShouldBe(OrganisationKind.Firm);
        firm.Name.ShouldBe("Nokia Oyj");
        firm.BusinessId.ShouldBe("0112038-9");
    }

    [Theory]
    [InlineData("0112038-8")]
    [InlineData("0010001-0")]
    [InlineData("")]
    public void CreateFirm_WithInvalidBusinessId_IsRejected(string businessId)
    {
        var ex = Should.Throw<BusinessException>(() => Organisation.CreateFirm(Guid.NewGuid(), "Firma Oy", businessId, TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.OrganisationBusinessIdInvalid);
        ex.Field.ShouldBe("BusinessId");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void CreateCommunity_WithoutName_IsRejected(string name)
    {
        var ex = Should.Throw<BusinessException>(() => Organisation.CreateCommunity(Guid.NewGuid(), name, CommunityType.Association, TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe("Name");
    }

    [Fact]
    public void CreateCommunity_HasNoBusinessId()
    {
        var community = Organisation.CreateCommunity(Guid.NewGuid(), "Kallion asukasyhdistys ry", CommunityType.Association, TestData.Now);

        community.Kind.ShouldBe(OrganisationKind.Community);
        community.BusinessId.ShouldBeNull();
        community.CommunityType.ShouldBe(CommunityType.Association);
    }
}
