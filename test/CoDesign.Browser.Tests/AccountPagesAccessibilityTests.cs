using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

/// <summary>
/// The signed-in pages outside the idea pages, in Finnish and Swedish: WCAG 2.1 A/AA per axe.
/// (The resident journey checks the registration, confirmation and invitation pages.)
/// </summary>
public class AccountPagesAccessibilityTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task ParticipationOrganisationsAndOrganisationAsManager_HaveNoAxeViolations(string language)
    {
        // resident4 manages the demo association.
        var ui = Ui.For(language);
        var organisations = new OrganisationPages(Page, ui);
        await new SignInPage(Page).SignInAsync(4, ui, ParticipationPage.Path);

        var participation = new ParticipationPage(Page);
        await Expect(Layout.Heading).ToHaveTextAsync(ui.ParticipationHeading);
        await Expect(participation.MyIdeas.Or(participation.Voted).Or(participation.Followed)).ToHaveCountAsync(3);
        await AxeAssert.NoViolationsAsync(Page);

        await Layout.Main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = ui.OrganisationsHeading, Exact = true }).ClickAsync();
        await Expect(organisations.Heading).ToHaveTextAsync(ui.OrganisationsHeading);
        await Expect(organisations.OrganisationLink(Ui.Association)).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        await organisations.OpenOrganisationAsync(Ui.Association);
        await Expect(organisations.Members.First).ToBeVisibleAsync();
        await Expect(organisations.SendInviteButton).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    public async Task AssistedIdeaForm_AsCityOfficial_EmptyAndWithErrors_HasNoAxeViolations(string language)
    {
        var ui = Ui.For(language);
        const string path = "/vantaa/ideas/assisted";
        await new SignInPage(Page).SignInAsync("vantaa-official@demo.codesign.fi", ui, path);
        await Expect(Layout.Heading).ToHaveTextAsync(ui.AssistedHeading);
        var submit = Layout.Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.AssistedSubmit, Exact = true });
        await Expect(submit).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);

        // Sent empty: the error summary and the fields' own errors.
        await submit.ClickAsync();
        await Expect(Page.Locator("main .error-summary")).ToBeVisibleAsync();
        await Expect(Page.Locator("main [aria-invalid='true']").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);
    }

    [Theory]
    [InlineData("fi", "Lataa tietoni", "Poista tilini")]
    [InlineData("sv", "Ladda ner mina uppgifter", "Radera mitt konto")]
    public async Task MyDataAndDeleteAccount_EmptyAndWithErrors_HaveNoAxeViolations(string language, string dataHeading, string deleteHeading)
    {
        var ui = Ui.For(language);
        await new SignInPage(Page).SignInAsync(44, ui, "/account/manage/data");
        await Expect(Layout.Heading).ToHaveTextAsync(dataHeading);
        await AxeAssert.NoViolationsAsync(Page);

        await Page.GotoAsync("/account/manage/delete");
        await Expect(Layout.Heading).ToHaveTextAsync(deleteHeading);
        await AxeAssert.NoViolationsAsync(Page);

        // Sent without the password or the confirmation: errors, and the account is still there.
        await Layout.Main.Locator("form button[type=submit]").ClickAsync();
        await Expect(Page.Locator("main .error-summary")).ToBeVisibleAsync();
        await Expect(Page.Locator("main [aria-invalid='true']")).ToHaveCountAsync(2);
        await AxeAssert.NoViolationsAsync(Page);
    }
}
