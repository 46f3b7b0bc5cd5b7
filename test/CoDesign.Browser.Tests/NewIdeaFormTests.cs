using CoDesign.Browser.Tests.Harness;
using CoDesign.Browser.Tests.PageObjects;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests;

public class NewIdeaFormTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task OrganisationRefused_ShowsErrorLinkedToTheSenderSelect()
    {
        var ui = Ui.Fi;
        await new SignInPage(Page).SignInAsync(7, ui, "/helsinki/ideas/new");
        var form = new NewIdeaPage(Page, ui);
        await form.FillAsync($"Luonnos organisaation puolesta {Guid.NewGuid():N}", "Kuvaus luonnokselle.", Ui.Association);

        // As if the membership ended while the form was open: the server no longer accepts the choice.
        await form.OnBehalfOf.EvaluateAsync("(s, id) => { s.options[s.selectedIndex].value = id; }", Guid.NewGuid().ToString());
        await form.Form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Tallenna luonnos", Exact = true }).ClickAsync();

        var summary = Page.Locator(".error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary.Locator("a[href='#Input_OrganisationId']")).ToHaveCountAsync(1);
        await Expect(form.OnBehalfOf).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.OnBehalfOf).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex(@"\bInput_OrganisationId-error\b"));
        await Expect(Page.Locator("#Input_OrganisationId-error")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(Page);
    }
}
