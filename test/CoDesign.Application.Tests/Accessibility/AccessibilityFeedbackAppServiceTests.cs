using CoDesign.Application.Accessibility;
using CoDesign.Application.Notifications;
using CoDesign.Application.Seeding;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using CoDesign.Domain.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Accessibility;

public class AccessibilityFeedbackAppServiceTests : SeededTestBase
{
    private const string Message = "Kartan painikkeet eivät toimi näppäimistöllä.";

    private async Task<Guid> SubmitInAsync(string city, AccessibilityFeedbackInput input)
    {
        var cityId = await CityIdAsync(city);
        using (Services.Tenant.Change(cityId, city))
        {
            return await Services.RunAsync(sp => sp.GetRequiredService<AccessibilityFeedbackAppService>().SubmitAsync(input));
        }
    }

    private Task<int> FeedbackCountAsync() =>
        DbAsync(db => db.AccessibilityFeedback.IgnoreQueryFilters([TenantFilter.Name]).CountAsync());

    private Task<int> OutboxCountAsync() => DbAsync(db => db.OutboxMails.CountAsync());

    [Fact]
    public async Task Submit_InHelsinki_StoresFeedbackAndMailsEachHelsinkiAdminOnce()
    {
        var helsinki = await CityIdAsync("helsinki");

        var id = await SubmitInAsync("helsinki", new AccessibilityFeedbackInput(Message, "Anna", "anna@example.fi", "/helsinki"));

        var feedback = await DbAsync(db => db.AccessibilityFeedback.IgnoreQueryFilters([TenantFilter.Name]).ToListAsync());
        feedback.Count.ShouldBe(1);
        feedback[0].Id.ShouldBe(id);
        feedback[0].TenantId.ShouldBe(helsinki);
        feedback[0].Message.ShouldBe(Message);
        feedback[0].Email.ShouldBe("anna@example.fi");

        var mails = await DbAsync(db => db.OutboxMails.ToListAsync());
        var mail = mails.ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe(DemoAccounts.CityAdmin("helsinki"));
        mail.TenantId.ShouldBe(helsinki);
        mail.Kind.ShouldBe(MailKinds.AccessibilityFeedback);
        mail.Subject.ShouldBe("Saavutettavuuspalaute: Helsinki");
        mail.TextBody.ShouldContain(Message);
        mail.TextBody.ShouldContain("anna@example.fi");
        mail.HtmlBody.ShouldNotBeNull().ShouldContain("lang=\"fi\"");
        mail.DedupKey.ShouldContain(id.ToString("N"));
        mails.ShouldNotContain(m => m.ToAddress == DemoAccounts.CityAdmin("espoo"));
    }

    [Fact]
    public async Task Submit_WithSeveralAdmins_MailsEachInTheirPreferredLanguage()
    {
        var helsinki = await CityIdAsync("helsinki");
        var swedishAdmin = DemoAccounts.Resident(4);
        var englishAdmin = DemoAccounts.Resident(5);
        var swedishId = await UserIdAsync(swedishAdmin);
        var englishId = await UserIdAsync(englishAdmin);
        using (Services.Tenant.Change(helsinki, "helsinki"))
        {
            await DbAsync(async db =>
            {
                (await db.Users.SingleAsync(u => u.Id == swedishId)).PreferredLanguage = "sv";
                (await db.Users.SingleAsync(u => u.Id == englishId)).PreferredLanguage = "en";
                db.CityRoleAssignments.Add(new CityRoleAssignment(Guid.NewGuid(), helsinki, swedishId, CityRole.CityAdmin, null, Services.Clock.GetUtcNow().UtcDateTime));
                db.CityRoleAssignments.Add(new CityRoleAssignment(Guid.NewGuid(), helsinki, englishId, CityRole.CityAdmin, null, Services.Clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync();
            });
        }

        await SubmitInAsync("helsinki", new AccessibilityFeedbackInput(Message, null, null, null));

        var mails = await DbAsync(db => db.OutboxMails.ToDictionaryAsync(m => m.ToAddress));
        mails.Keys.OrderBy(k => k, StringComparer.Ordinal).ShouldBe(new[] { DemoAccounts.CityAdmin("helsinki"), swedishAdmin, englishAdmin }.OrderBy(k => k, StringComparer.Ordinal));
        mails[DemoAccounts.CityAdmin("helsinki")].Subject.ShouldBe("Saavutettavuuspalaute: Helsinki");
        mails[swedishAdmin].Subject.ShouldBe("Respons om tillgänglighet: Helsingfors");
        mails[swedishAdmin].HtmlBody.ShouldNotBeNull().ShouldContain("lang=\"sv\"");
        mails[englishAdmin].Subject.ShouldBe("Accessibility feedback: Helsinki");
        mails[englishAdmin].TextBody.ShouldContain("New accessibility feedback");
    }

    [Fact]
    public async Task Submit_InEspoo_MailsOnlyEspoosAdmin()
    {
        await SubmitInAsync("espoo", new AccessibilityFeedbackInput(Message, null, null, null));

        var mail = (await DbAsync(db => db.OutboxMails.ToListAsync())).ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe(DemoAccounts.CityAdmin("espoo"));
        mail.Subject.ShouldBe("Saavutettavuuspalaute: Espoo");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public async Task Submit_WithEmptyMessage_IsRejectedAndNothingSaved(string message)
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => SubmitInAsync("helsinki", new AccessibilityFeedbackInput(message, "Anna", null, null)));

        ex.Code.ShouldBe(ErrorCodes.FeedbackEmpty);
        ex.Code.ShouldBe("CoDesign:Accessibility:FeedbackEmpty");
        (await FeedbackCountAsync()).ShouldBe(0);
        (await OutboxCountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("anna@example.fi\r\nBcc: everyone@example.fi")]
    public async Task Submit_WithInvalidEmail_IsRejectedOnEmailAndNothingSaved(string email)
    {
        var ex = await Should.ThrowAsync<BusinessException>(() => SubmitInAsync("helsinki", new AccessibilityFeedbackInput(Message, null, email, null)));

        ex.Code.ShouldBe(ErrorCodes.Validation);
        ex.Field.ShouldBe("Email");
        (await FeedbackCountAsync()).ShouldBe(0);
        (await OutboxCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Submit_OutsideAnyCity_IsNotFound()
    {
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            Services.RunAsync(sp => sp.GetRequiredService<AccessibilityFeedbackAppService>().SubmitAsync(new AccessibilityFeedbackInput(Message, null, null, null))));

        (await FeedbackCountAsync()).ShouldBe(0);
    }
}
