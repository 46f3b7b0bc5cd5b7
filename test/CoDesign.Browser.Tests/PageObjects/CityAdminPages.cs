using System.Globalization;
using CoDesign.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>The seeded demo staff: every city has an admin, a moderator and an official.</summary>
public static class Staff
{
    public static string Admin(string city) => $"{city}-admin@demo.codesign.fi";

    public static string Moderator(string city) => $"{city}-moderator@demo.codesign.fi";

    public static string Official(string city) => $"{city}-official@demo.codesign.fi";

    public static string PlatformAdmin => "platform-admin@demo.codesign.fi";

    public static string Password => Databases.DemoPassword;
}

/// <summary>
/// The moderation queue (/{city}/admin/moderation): sections of ideas awaiting approval, reported
/// ideas, reported comments and hidden content; each item has its own forms.
/// </summary>
public sealed class ModerationPage(IPage page, StaffUi ui)
{
    public static string Path(string city) => $"/{city}/admin/moderation";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    /// <summary>The confirmation after an action (role=status).</summary>
    public ILocator Done => Main.Locator(".success[role='status']");

    public ILocator Error => Main.Locator(".error-summary");

    public ILocator ReportedComments => Section("comments", ui.ReportedComments);

    public ILocator Hidden => Section("hidden", ui.Hidden);

    /// <summary>The queue item in the section whose text (the comment's or idea's) is this.</summary>
    public static ILocator Item(ILocator section, string text)
    {
        ArgumentNullException.ThrowIfNull(section);
        return section.Locator("li.queue-item").Filter(new LocatorFilterOptions { Has = section.Page.Locator(".comment-body", new PageLocatorOptions { HasTextString = text }) });
    }

    public static ILocator Button(ILocator item, string name)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });
    }

    /// <summary>Hides the item with a public reason; ends on the queue saying "Done".</summary>
    public async Task HideAsync(ILocator item, string reason)
    {
        ArgumentNullException.ThrowIfNull(item);
        await item.GetByLabel(ui.PublicReason, new LocatorGetByLabelOptions { Exact = true }).FillAsync(reason);
        await Button(item, ui.Hide).ClickAsync();
        await Expect(Done).ToHaveTextAsync(ui.Done);
    }

    /// <summary>Restores a hidden item; ends on the queue saying "Done".</summary>
    public async Task RestoreAsync(ILocator item)
    {
        await Button(item, ui.Restore).ClickAsync();
        await Expect(Done).ToHaveTextAsync(ui.Done);
    }

    /// <summary>A section by its heading ("Reported comments (2)"): the count follows the words.</summary>
    private ILocator Section(string id, string heading)
    {
        var section = Main.Locator($"section[aria-labelledby='{id}-heading']");
        return section.Filter(new LocatorFilterOptions { Has = page.Locator($"h2#{id}-heading", new PageLocatorOptions { HasTextString = heading + " (" }) });
    }
}

/// <summary>The city admin's settings (/{city}/admin/settings).</summary>
public sealed class SettingsPage(IPage page, StaffUi ui)
{
    public static string Path(string city) => $"/{city}/admin/settings";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    public ILocator Saved => Main.Locator(".success[role='status']");

    public ILocator ErrorSummary => Main.Locator(".error-summary");

    public ILocator Threshold => Main.GetByLabel(ui.Threshold, new LocatorGetByLabelOptions { Exact = true });

    public ILocator ResponseDays => Main.GetByLabel(ui.ResponseDays, new LocatorGetByLabelOptions { Exact = true });

    public ILocator SaveButton => Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.Save, Exact = true });

    public static async Task<int> NumberAsync(ILocator input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return int.Parse(await input.InputValueAsync(), NumberStyles.Integer, CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the support threshold and saves; ends on the page saying so, with the new value.</summary>
    public async Task SetThresholdAsync(int threshold)
    {
        var text = threshold.ToString(CultureInfo.InvariantCulture);
        await Threshold.FillAsync(text);
        await SaveButton.ClickAsync();
        await Expect(Saved).ToHaveTextAsync(ui.SettingsSaved);
        await Expect(Threshold).ToHaveValueAsync(text);
    }
}

/// <summary>
/// The officials' dashboard (/{city}/admin/accountability): ideas past the threshold and waiting
/// for an answer, by deadline; one table per category; the idea's title is the row header.
/// </summary>
public sealed class DashboardPage(IPage page)
{
    public static string Path(string city) => $"/{city}/admin/accountability";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    /// <summary>The row of the idea (its title links to /{city}/ideas/{id}#timeline).</summary>
    public ILocator Row(string ideaPath) =>
        Main.Locator("table.data-table tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator($"th[scope='row'] a[href='{ideaPath}#timeline']") });

    /// <summary>The row's "threshold reached" date and its deadline cell ("d.M.yyyy (N pv)").</summary>
    public static ILocator ReachedCell(ILocator row) => row.Locator("td").Nth(1);

    public static ILocator DueCell(ILocator row) => row.Locator("td").Nth(2);
}

/// <summary>The public accountability page (/{city}/accountability).</summary>
public sealed class AccountabilityPage(IPage page, StaffUi ui)
{
    public static string Path(string city) => $"/{city}/accountability";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    /// <summary>The figure of "ideas past the threshold".</summary>
    public ILocator ThresholdIdeas =>
        Main.Locator("dl.stat-list > div").Filter(new LocatorFilterOptions { Has = page.Locator("dt", new PageLocatorOptions { HasTextString = ui.ThresholdIdeas }) }).Locator("dd");

    public async Task<int> ThresholdIdeasAsync()
    {
        var text = await ThresholdIdeas.InnerTextAsync();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        digits.ShouldNotBeEmpty($"no number in \"{text}\"");
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// What staff and reporters use on an idea's page (/{city}/ideas/{id}): the timeline with the
/// official response form and its correction forms, the report forms, the moderator's merge form.
/// </summary>
public sealed class IdeaStaffControls(IPage page, StaffUi ui)
{
    public ILocator Timeline => page.Locator("main section#timeline");

    public ILocator TimelineHeading => Timeline.Locator("h2#timeline-heading");

    /// <summary>The official responses in the timeline.</summary>
    public ILocator Responses => Timeline.Locator("ol > li.response");

    public ILocator ResponseForm => Timeline.Locator("form.response-form");

    public ILocator Status => ResponseForm.GetByLabel(ui.NewStatus, new LocatorGetByLabelOptions { Exact = true });

    public ILocator TextFi => ResponseForm.GetByLabel(ui.TextFi, new LocatorGetByLabelOptions { Exact = true });

    public ILocator TextSv => ResponseForm.GetByLabel(ui.TextSv, new LocatorGetByLabelOptions { Exact = true });

    public ILocator PublishButton => ResponseForm.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.PublishResponse, Exact = true });

    public ILocator TimelineMessage => Timeline.Locator(".success[role='status']");

    public ILocator CorrectDisclosure(ILocator response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Locator("details").Filter(new LocatorFilterOptions { Has = page.Locator("summary", new PageLocatorOptions { HasTextString = ui.Correct }) });
    }

    public ILocator IdeaReport => page.Locator("main details#report");

    public ILocator MergeDisclosure => page.Locator("main details.merge");

    /// <summary>Chooses the status by its label, writes the Finnish and Swedish texts and publishes.</summary>
    public async Task RespondAsync(string status, string textFi, string textSv)
    {
        await Status.SelectOptionAsync(new SelectOptionValue { Label = status });
        await TextFi.FillAsync(textFi);
        await TextSv.FillAsync(textSv);
        await PublishButton.ClickAsync();
        await Expect(TimelineMessage).ToHaveTextAsync(ui.ResponseSaved);
    }

    /// <summary>Opens the comment's report disclosure, gives the reason and sends it.</summary>
    public async Task ReportCommentAsync(ILocator comment, string reason)
    {
        ArgumentNullException.ThrowIfNull(comment);
        var disclosure = comment.Locator("details.report");
        await disclosure.Locator("summary").GetByText(ui.ReportComment, new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        await Expect(disclosure).ToHaveAttributeAsync("open", string.Empty);
        await disclosure.GetByLabel(ui.ReportReason, new LocatorGetByLabelOptions { Exact = true }).FillAsync(reason);
        await disclosure.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SendReport, Exact = true }).ClickAsync();
        await Expect(page.Locator("main section#comments .success[role='status']")).ToHaveTextAsync(ui.ReportSent);
    }
}
