using CoDesign.Domain.Errors;
using CoDesign.Domain.Notifications;

namespace CoDesign.Domain.Tests.Notifications;

public class OutboxMailTests
{
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(30);

    private static OutboxMail NewMail(string to = "anna@example.fi", string subject = "Hello") =>
        new(Guid.NewGuid(), null, to, subject, "Text", "<p>Text</p>", "test", "test:" + Guid.NewGuid().ToString("N"), TestData.Now);

    [Fact]
    public void NewMail_IsPendingAndDueAtOnce()
    {
        var mail = NewMail();

        mail.Status.ShouldBe(OutboxMailStatus.Pending);
        mail.Attempts.ShouldBe(0);
        mail.NextAttemptAt.ShouldBe(TestData.Now);
        mail.SentAt.ShouldBeNull();
    }

    [Fact]
    public void NewMail_WithInjectedAddress_IsRejected()
    {
        var ex = Should.Throw<BusinessException>(() => NewMail(to: "a@b.fi\r\nBcc: x@y.fi"));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe("Email");
    }

    [Fact]
    public void NewMail_StripsLineBreaksFromTheSubject()
    {
        var mail = NewMail(subject: "Hello\r\nBcc: x@y.fi");

        mail.Subject.ShouldNotContain('\r');
        mail.Subject.ShouldNotContain('\n');
        mail.Subject.ShouldStartWith("Hello");
    }

    [Fact]
    public void NewMail_WithTooLongDedupKey_IsRejected()
    {
        var ex = Should.Throw<BusinessException>(() =>
            new OutboxMail(Guid.NewGuid(), null, "anna@example.fi", "s", "t", null, "k", new string('k', OutboxMail.MaxDedupKeyLength + 1), TestData.Now));

        ex.Code.ShouldBe(ErrorCodes.Validation);
    }

    [Fact]
    public void FailedAttempts_BackOffWithDoublingDelays()
    {
        var mail = NewMail();
        var now = TestData.Now;

        var delays = new List<TimeSpan>();
        for (var i = 0; i < 5; i++)
        {
            mail.MarkAttemptFailed("SmtpException: 451", now, maxAttempts: 8, BaseDelay);
            delays.Add(mail.NextAttemptAt - now);
            now = mail.NextAttemptAt;
        }

        delays.ShouldBe([BaseDelay, BaseDelay * 2, BaseDelay * 4, BaseDelay * 8, BaseDelay * 16]);
        mail.Status.ShouldBe(OutboxMailStatus.Pending);
        mail.Attempts.ShouldBe(5);
        mail.LockedUntil.ShouldBeNull();
    }

    [Fact]
    public void FailedAttempt_AtMaxAttempts_MarksFailedAndKeepsTheError()
    {
        var mail = NewMail();
        for (var i = 1; i < 3; i++)
        {
            mail.MarkAttemptFailed($"try {i}", TestData.Now, maxAttempts: 3, BaseDelay);
            mail.Status.ShouldBe(OutboxMailStatus.Pending);
        }

        mail.MarkAttemptFailed("SmtpException: mailbox unavailable", TestData.Now, maxAttempts: 3, BaseDelay);

        mail.Status.ShouldBe(OutboxMailStatus.Failed);
        mail.Attempts.ShouldBe(3);
        mail.LastError.ShouldBe("SmtpException: mailbox unavailable");
        mail.SentAt.ShouldBeNull();
    }

    [Fact]
    public void FailedAttempt_WithVeryLongError_KeepsItsBeginning()
    {
        var mail = NewMail();
        var error = "E" + new string('x', OutboxMail.MaxErrorLength * 2);

        mail.MarkAttemptFailed(error, TestData.Now, 8, BaseDelay);

        mail.LastError!.Length.ShouldBe(OutboxMail.MaxErrorLength);
        mail.LastError.ShouldStartWith("Ex");
    }

    [Fact]
    public void ManyFailedAttempts_DoNotOverflowTheDelay()
    {
        var mail = NewMail();

        for (var i = 0; i < 40; i++)
        {
            mail.MarkAttemptFailed("down", TestData.Now, maxAttempts: 100, TimeSpan.FromSeconds(1));
        }

        (mail.NextAttemptAt - TestData.Now).ShouldBe(TimeSpan.FromSeconds(1 << 16));
    }

    [Fact]
    public void MarkSent_AfterAFailure_ClearsTheErrorAndCountsTheAttempt()
    {
        var mail = NewMail();
        mail.MarkAttemptFailed("timeout", TestData.Now, 8, BaseDelay);

        mail.MarkSent(TestData.Now.AddMinutes(1));

        mail.Status.ShouldBe(OutboxMailStatus.Sent);
        mail.SentAt.ShouldBe(TestData.Now.AddMinutes(1));
        mail.Attempts.ShouldBe(2);
        mail.LastError.ShouldBeNull();
    }

    [Fact]
    public void MarkRejected_FailsAtOnce_KeepingTheServersReply()
    {
        var mail = NewMail();
        mail.MarkAttemptFailed("451 4.7.1 Greylisted", TestData.Now, 8, BaseDelay);

        mail.MarkRejected("550 5.1.1 User unknown", TestData.Now.AddMinutes(1));

        mail.Status.ShouldBe(OutboxMailStatus.Failed);
        mail.Attempts.ShouldBe(2);
        mail.LastError.ShouldBe("550 5.1.1 User unknown");
        mail.LockedUntil.ShouldBeNull();
        mail.SentAt.ShouldBeNull();
    }

    [Fact]
    public void MarkRejected_CutsAnOverlongReplyToTheLimit()
    {
        var mail = NewMail();

        mail.MarkRejected("550 " + new string('x', OutboxMail.MaxErrorLength), TestData.Now);

        mail.LastError.ShouldNotBeNull().Length.ShouldBe(OutboxMail.MaxErrorLength);
    }
}
