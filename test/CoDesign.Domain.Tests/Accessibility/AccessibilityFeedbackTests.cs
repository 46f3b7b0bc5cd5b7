using CoDesign.Domain.Accessibility;
using CoDesign.Domain.Errors;

namespace CoDesign.Domain.Tests.Accessibility;

public class AccessibilityFeedbackTests
{
    private static readonly Guid City = Guid.NewGuid();

    private static AccessibilityFeedback Create(string message = "The menu cannot be used with a keyboard.", string? name = null, string? email = null, string? page = null) =>
        new(Guid.NewGuid(), City, message, name, email, page, null, TestData.Now);

    [Fact]
    public void Feedback_WithMessageOnly_IsStoredTrimmed()
    {
        var feedback = Create(message: "  The menu cannot be used with a keyboard.  ", name: "  ", email: " ");

        feedback.TenantId.ShouldBe(City);
        feedback.Message.ShouldBe("The menu cannot be used with a keyboard.");
        feedback.Name.ShouldBeNull();
        feedback.Email.ShouldBeNull();
        feedback.CreatedAt.ShouldBe(TestData.Now);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t")]
    [InlineData(null)]
    public void Feedback_WithoutMessage_IsRejectedAsEmpty(string? message)
    {
        var ex = Should.Throw<BusinessException>(() => Create(message: message!));

        ex.Code.ShouldBe(ErrorCodes.FeedbackEmpty);
        ex.Field.ShouldBe(nameof(AccessibilityFeedback.Message));
    }

    [Fact]
    public void Feedback_LongerThanTheLimit_IsRejected()
    {
        Create(message: new string('x', AccessibilityFeedback.MaxMessageLength)).Message.Length.ShouldBe(AccessibilityFeedback.MaxMessageLength);

        var ex = Should.Throw<BusinessException>(() => Create(message: new string('x', AccessibilityFeedback.MaxMessageLength + 1)));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(AccessibilityFeedback.Message));
    }

    [Fact]
    public void Feedback_WithTooLongName_IsRejected()
    {
        var ex = Should.Throw<BusinessException>(() => Create(name: new string('n', AccessibilityFeedback.MaxNameLength + 1)));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(AccessibilityFeedback.Name));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("a@b.fi\r\nBcc: x@y.fi")]
    [InlineData("Anna <a@b.fi>")]
    public void Feedback_WithInvalidEmail_IsRejectedOnEmail(string email)
    {
        var ex = Should.Throw<BusinessException>(() => Create(email: email));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe(nameof(AccessibilityFeedback.Email));
    }

    [Fact]
    public void Feedback_WithValidEmailAndName_KeepsThem()
    {
        var feedback = Create(name: " Anna ", email: " anna@example.fi ", page: "/helsinki/ideas");

        feedback.Name.ShouldBe("Anna");
        feedback.Email.ShouldBe("anna@example.fi");
        feedback.Page.ShouldBe("/helsinki/ideas");
    }

    [Fact]
    public void Feedback_WithVeryLongPage_KeepsItsBeginning()
    {
        var feedback = Create(page: "/helsinki/" + new string('p', 1_000));

        feedback.Page!.Length.ShouldBe(AccessibilityFeedback.MaxPageLength);
        feedback.Page.ShouldStartWith("/helsinki/");
    }
}
