using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;

namespace CoDesign.Domain.Tests.Ideas;

public class IdeaManagerCreateIdeaTests
{
    [Fact]
    public void CreateIdea_InTheCategorysCity_IsADraftOfThatCity()
    {
        var city = TestData.City();
        var category = TestData.CategoryOf(city);
        var author = Guid.NewGuid();

        var idea = IdeaManager.CreateIdea(city, category, "  More benches in parks  ", " Body ", "sv", author, null, ParticipationChannel.Online, TestData.Now);

        idea.TenantId.ShouldBe(city.Id);
        idea.CategoryId.ShouldBe(category.Id);
        idea.Title.ShouldBe("More benches in parks");
        idea.Body.ShouldBe("Body");
        idea.Language.ShouldBe("sv");
        idea.AuthorId.ShouldBe(author);
        idea.Status.ShouldBe(IdeaStatus.Draft);
        idea.IsOpenForVoting.ShouldBeFalse();
        idea.VoteCount.ShouldBe(0);
        idea.CreatedAt.ShouldBe(TestData.Now);
    }

    [Fact]
    public void CreateIdea_WithCategoryOfAnotherCity_IsRejected()
    {
        var helsinki = TestData.City("helsinki");
        var espoo = TestData.City("espoo");

        var ex = Should.Throw<BusinessException>(() =>
            IdeaManager.CreateIdea(helsinki, TestData.CategoryOf(espoo), "More benches in parks", "Body", "fi", Guid.NewGuid(), null, ParticipationChannel.Online, TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe("CategoryId");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("FI")]
    [InlineData("")]
    [InlineData("fi-FI")]
    public void CreateIdea_WithUnsupportedLanguage_IsRejected(string language)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() =>
            IdeaManager.CreateIdea(city, TestData.CategoryOf(city), "More benches in parks", "Body", language, Guid.NewGuid(), null, ParticipationChannel.Online, TestData.Now));

        ex.Field.ShouldBe(nameof(Idea.Language));
    }

    [Theory]
    [InlineData("abcd")]
    [InlineData("   abcd   ")]
    [InlineData("")]
    public void CreateIdea_WithTooShortTitle_IsRejected(string title)
    {
        var city = TestData.City();

        var ex = Should.Throw<BusinessException>(() =>
            IdeaManager.CreateIdea(city, TestData.CategoryOf(city), title, "Body", "fi", Guid.NewGuid(), null, ParticipationChannel.Online, TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(Idea.Title));
    }

    [Fact]
    public void CreateIdea_WithTooLongTitleOrEmptyBody_IsRejected()
    {
        var city = TestData.City();
        var category = TestData.CategoryOf(city);

        Should.Throw<BusinessException>(() =>
            IdeaManager.CreateIdea(city, category, new string('t', Idea.MaxTitleLength + 1), "Body", "fi", null, null, ParticipationChannel.Paper, TestData.Now))
            .Field.ShouldBe(nameof(Idea.Title));
        Should.Throw<BusinessException>(() =>
            IdeaManager.CreateIdea(city, category, "More benches in parks", "   ", "fi", null, null, ParticipationChannel.Paper, TestData.Now))
            .Field.ShouldBe(nameof(Idea.Body));
    }

    [Fact]
    public void SetPlace_WithOnlyOneCoordinate_IsRejected()
    {
        var idea = TestData.DraftIdea(TestData.City());

        Should.Throw<BusinessException>(() => idea.SetPlace("Kallio", 60.18, null)).Field.ShouldBe(nameof(Idea.Latitude));
        Should.Throw<BusinessException>(() => idea.SetPlace("Kallio", 91, 24.9)).Field.ShouldBe(nameof(Idea.Latitude));
        idea.SetPlace(" Kallio ", 60.18, 24.95);
        idea.District.ShouldBe("Kallio");
    }

    [Fact]
    public void Publish_KeepsTheFirstPublicationTime()
    {
        var idea = TestData.DraftIdea(TestData.City());

        idea.Publish(TestData.Now);
        idea.ChangeStatus(IdeaStatus.Hidden, TestData.Now.AddDays(1));
        idea.Publish(TestData.Now.AddDays(2));

        idea.PublishedAt.ShouldBe(TestData.Now);
        idea.LastActivityAt.ShouldBe(TestData.Now.AddDays(2));
        idea.IsOpenForVoting.ShouldBeTrue();
    }
}
