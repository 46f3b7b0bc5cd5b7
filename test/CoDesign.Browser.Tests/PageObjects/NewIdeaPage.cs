using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// Submitting an idea (/{city}/ideas/new): step 1 is the form, step 2 (after "Continue", only when
/// similar ideas exist) lists them; with JavaScript, similar ideas also appear live under the title.
/// </summary>
public sealed class NewIdeaPage(IPage page, Ui ui)
{
    public ILocator Form => page.Locator("main form.idea-form");

    public ILocator Title => Form.GetByLabel(ui.TitleLabel, new LocatorGetByLabelOptions { Exact = true });

    public ILocator Body => Form.GetByLabel(ui.BodyLabel, new LocatorGetByLabelOptions { Exact = true });

    public ILocator Category => Form.GetByLabel(ui.CategoryLabel, new LocatorGetByLabelOptions { Exact = true });

    /// <summary>"Lähettäjä": only there when the resident belongs to an organisation.</summary>
    public ILocator OnBehalfOf => Form.GetByLabel(ui.OnBehalfOf, new LocatorGetByLabelOptions { Exact = true });

    /// <summary>The live region the script fills with similar ideas while the title is typed.</summary>
    public ILocator SimilarLive => page.Locator("#similar-live");

    public ILocator SimilarLiveLinks => SimilarLive.GetByRole(AriaRole.Link);

    /// <summary>Step 2: the similar ideas found after "Continue".</summary>
    public ILocator SimilarSection => page.Locator("main section.similar");

    public ILocator SimilarHeading => SimilarSection.GetByRole(AriaRole.Heading, new LocatorGetByRoleOptions { Name = ui.SimilarHeading, Exact = true });

    public ILocator SimilarIdeaLinks => SimilarSection.Locator(".idea-item h3 a");

    public ILocator VoteInsteadButtons => SimilarSection.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.VoteInstead, Exact = true });

    public ILocator SubmitAnywayButton => SimilarSection.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SubmitAnyway, Exact = true });

    public ILocator BackToEditButton => SimilarSection.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.BackToEdit, Exact = true });

    public async Task FillAsync(string title, string body, string? organisation = null)
    {
        await Title.FillAsync(title);
        await Body.FillAsync(body);
        await Category.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        if (organisation is not null)
        {
            await OnBehalfOf.SelectOptionAsync(new SelectOptionValue { Label = organisation });
        }
    }

    /// <summary>Presses "Continue" and waits for either step 2 or the published idea.</summary>
    public async Task ContinueAsync()
    {
        await Form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.Continue, Exact = true }).ClickAsync();
        await Expect(SimilarHeading.Or(page.Locator("main h1#idea-title"))).ToBeVisibleAsync();
    }

    /// <summary>Presses "Continue"; when step 2 appears, sends the idea anyway. Ends on the idea's page.</summary>
    public async Task SubmitAsync()
    {
        await ContinueAsync();
        if (await SimilarHeading.IsVisibleAsync())
        {
            await SubmitAnywayButton.ClickAsync();
        }

        await Expect(page.Locator("main h1#idea-title")).ToBeVisibleAsync();
    }
}
