using CoDesign.Domain.Errors;
using CoDesign.Domain.Ideas;

namespace CoDesign.Domain.Tests.Ideas;

public class IdeaManagerCommentTests
{
    [Fact]
    public void Comment_OnIdea_IsCountedAndBelongsToTheIdeasCity()
    {
        var city = TestData.City();
        var idea = TestData.PublishedIdea(city);
        var author = Guid.NewGuid();
        var at = TestData.Now.AddHours(2);

        var comment = IdeaManager.AddComment(idea, null, author, "  Hyvä idea!  ", false, at);

        comment.TenantId.ShouldBe(city.Id);
        comment.IdeaId.ShouldBe(idea.Id);
        comment.ParentId.ShouldBeNull();
        comment.AuthorId.ShouldBe(author);
        comment.Body.ShouldBe("Hyvä idea!");
        idea.CommentCount.ShouldBe(1);
        idea.LastActivityAt.ShouldBe(at);
    }

    [Fact]
    public void Reply_ToATopLevelComment_IsAllowed()
    {
        var idea = TestData.PublishedIdea(TestData.City());
        var top = IdeaManager.AddComment(idea, null, Guid.NewGuid(), "First", false, TestData.Now);

        var reply = IdeaManager.AddComment(idea, top, Guid.NewGuid(), "Reply", true, TestData.Now);

        reply.ParentId.ShouldBe(top.Id);
        reply.IsOfficial.ShouldBeTrue();
        idea.CommentCount.ShouldBe(2);
    }

    [Fact]
    public void Reply_ToAReply_IsRejected()
    {
        var idea = TestData.PublishedIdea(TestData.City());
        var top = IdeaManager.AddComment(idea, null, Guid.NewGuid(), "First", false, TestData.Now);
        var reply = IdeaManager.AddComment(idea, top, Guid.NewGuid(), "Reply", false, TestData.Now);

        var ex = Should.Throw<BusinessException>(() => IdeaManager.AddComment(idea, reply, Guid.NewGuid(), "Reply to reply", false, TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe("ParentId");
        idea.CommentCount.ShouldBe(2);
    }

    [Fact]
    public void Reply_ToACommentOfAnotherIdea_IsRejected()
    {
        var city = TestData.City();
        var idea = TestData.PublishedIdea(city);
        var other = TestData.PublishedIdea(city);
        var foreign = IdeaManager.AddComment(other, null, Guid.NewGuid(), "Elsewhere", false, TestData.Now);

        var ex = Should.Throw<BusinessException>(() => IdeaManager.AddComment(idea, foreign, Guid.NewGuid(), "Reply", false, TestData.Now));

        ex.Field.ShouldBe("ParentId");
        idea.CommentCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Comment_WithoutText_IsRejectedAndNotCounted(string body)
    {
        var idea = TestData.PublishedIdea(TestData.City());

        var ex = Should.Throw<BusinessException>(() => IdeaManager.AddComment(idea, null, Guid.NewGuid(), body, false, TestData.Now));

        ex.Field.ShouldBe(nameof(Comment.Body));
        idea.CommentCount.ShouldBe(0);
    }

    [Fact]
    public void Comment_LongerThanTheLimit_IsRejected()
    {
        var idea = TestData.PublishedIdea(TestData.City());

        Should.Throw<BusinessException>(() => IdeaManager.AddComment(idea, null, Guid.NewGuid(), new string('x', Comment.MaxBodyLength + 1), false, TestData.Now))
            .Field.ShouldBe(nameof(Comment.Body));
        IdeaManager.AddComment(idea, null, Guid.NewGuid(), new string('x', Comment.MaxBodyLength), false, TestData.Now).Body.Length.ShouldBe(Comment.MaxBodyLength);
    }
}
