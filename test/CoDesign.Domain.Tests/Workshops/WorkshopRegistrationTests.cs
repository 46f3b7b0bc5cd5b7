using CoDesign.Domain.Errors;
using CoDesign.Domain.Workshops;
using static CoDesign.Domain.Tests.Workshops.WorkshopBuilder;

namespace CoDesign.Domain.Tests.Workshops;

/// <summary>A person's registration: a resident's own, one made by staff for a person without an account, registering again.</summary>
public sealed class WorkshopRegistrationTests
{
    private static readonly DateTime Now = Start.AddDays(-3);

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("en", "en")]
    [InlineData("fi", "fi")]
    [InlineData("de", "fi")]
    [InlineData("", "fi")]
    public void ForUser_KeepsTheMailLanguage_FinnishWhenUnknown(string language, string expected)
    {
        var userId = Guid.NewGuid();
        var registration = WorkshopRegistration.ForUser(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), userId, language, RegistrationStatus.Waitlisted, Now);

        registration.Language.ShouldBe(expected);
        registration.UserId.ShouldBe(userId);
        registration.Status.ShouldBe(RegistrationStatus.Waitlisted);
        (registration.CreatedAt, registration.QueuedAt, registration.StatusChangedAt).ShouldBe((Now, Now, Now));
        (registration.Name, registration.RecordedByUserId, registration.ConsentNotedAt).ShouldBe((null, null, null));
    }

    [Fact]
    public void Assisted_KeepsTrimmedDetails_WhoRecordedThem_AndWhenConsentWasNoted()
    {
        var staff = Guid.NewGuid();
        var registration = Assisted(" Maija Meikäläinen ", " maija@example.fi ", " +358 (40) 123-4567 ", recordedBy: staff);

        (registration.Name, registration.Email, registration.Phone).ShouldBe(("Maija Meikäläinen", "maija@example.fi", "+358 (40) 123-4567"));
        registration.UserId.ShouldBeNull();
        registration.RecordedByUserId.ShouldBe(staff);
        registration.ConsentNotedAt.ShouldBe(Now);
        registration.Language.ShouldBe("sv");
    }

    [Theory]
    [InlineData("M", "Name")]
    [InlineData("  M  ", "Name")]
    [InlineData(null, "Name")]
    public void Assisted_ANameOfTwoToAHundredCharacters(string? name, string field)
    {
        Should.Throw<BusinessException>(() => Assisted(name, "maija@example.fi", null)).Field.ShouldBe(field);
    }

    [Fact]
    public void Assisted_NameLimits_AreTwoAndAHundred()
    {
        Assisted("Al", null, "040 1234567").Name.ShouldBe("Al");
        Assisted(new string('n', 100), null, "040 1234567").Name!.Length.ShouldBe(100);
        var error = Should.Throw<BusinessException>(() => Assisted(new string('n', 101), null, "040 1234567"));
        (error.Field, error.Details["min"], error.Details["max"]).ShouldBe(("Name", "2", "100"));
    }

    [Theory]
    [InlineData("maija", null, "Email")]
    [InlineData("maija@", "040 1234567", "Email")]
    [InlineData(null, "1234", "Phone")]
    [InlineData(null, "040-ABC-1234", "Phone")]
    [InlineData(null, "040 1234567 ext. 12", "Phone")]
    [InlineData(null, "+358 40 123 4567 8901 2345 6789 0", "Phone")]
    [InlineData(null, null, "Phone")]
    [InlineData("  ", " ", "Phone")]
    public void Assisted_NeedsAValidPhoneOrAddress(string? email, string? phone, string field)
    {
        var error = Should.Throw<BusinessException>(() => Assisted("Maija Meikäläinen", email, phone));
        (error.Code, error.Field).ShouldBe((ErrorCodes.Validation, field));
    }

    [Fact]
    public void Assisted_APhoneAlone_OrAnAddressAlone_IsEnough()
    {
        var byPhone = Assisted("Maija Meikäläinen", "  ", "09 31012");
        (byPhone.Email, byPhone.Phone).ShouldBe((null, "09 31012"));
        var byMail = Assisted("Maija Meikäläinen", "maija@example.fi", "");
        (byMail.Email, byMail.Phone).ShouldBe(("maija@example.fi", null));
    }

    [Fact]
    public void Assisted_WithoutConsent_IsRefused()
    {
        Should.Throw<BusinessException>(() => Assisted("Maija Meikäläinen", "maija@example.fi", null, consent: false)).Field.ShouldBe("ConsentNoted");
    }

    [Fact]
    public void Rejoin_AfterACancellation_GoesToTheEndOfTheQueue_WithAFreshReminderAndANewCalendarSequence()
    {
        var workshop = New(capacity: 1);
        var registration = Admit(workshop, Now);
        registration.MarkAttended(true);
        registration.MarkReminded(Now.AddHours(1));
        workshop.Release(registration, null, Now.AddHours(2));

        var later = Now.AddHours(3);
        registration.Rejoin(workshop.Admit(later, byStaff: false), "en", later);

        registration.Status.ShouldBe(RegistrationStatus.Confirmed);
        registration.Language.ShouldBe("en");
        (registration.QueuedAt, registration.StatusChangedAt, registration.CreatedAt).ShouldBe((later, later, Now));
        registration.CalendarSequence.ShouldBe(2, "one for the cancellation, one for the new invitation");
        registration.ReminderSentAt.ShouldBeNull();
        registration.Attended.ShouldBeFalse();
    }

    [Fact]
    public void Rejoin_WhileRegistered_ChangesNothing()
    {
        var registration = WorkshopRegistration.ForUser(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "fi", RegistrationStatus.Waitlisted, Now);

        registration.Rejoin(RegistrationStatus.Confirmed, "sv", Now.AddDays(1));

        (registration.Status, registration.Language, registration.QueuedAt, registration.CalendarSequence).ShouldBe((RegistrationStatus.Waitlisted, "fi", Now, 0));
    }

    [Fact]
    public void Anonymise_RemovesThePersonalData_AndKeepsTheRow()
    {
        var registration = Assisted("Maija Meikäläinen", "maija@example.fi", "040 1234567");
        registration.Anonymise();

        (registration.Name, registration.Email, registration.Phone).ShouldBe((null, null, null));
        registration.Status.ShouldBe(RegistrationStatus.Confirmed);
        registration.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void ResetReminder_MakesTheReminderDueAgain()
    {
        var registration = Assisted("Maija Meikäläinen", "maija@example.fi", null);
        registration.MarkReminded(Now);
        registration.ReminderSentAt.ShouldBe(Now);
        registration.ResetReminder();
        registration.ReminderSentAt.ShouldBeNull();
    }

    private static WorkshopRegistration Assisted(string? name, string? email, string? phone, bool consent = true, Guid? recordedBy = null) =>
        WorkshopRegistration.Assisted(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), name, email, phone, "sv", consent, recordedBy ?? Guid.NewGuid(), RegistrationStatus.Confirmed, Now);
}
