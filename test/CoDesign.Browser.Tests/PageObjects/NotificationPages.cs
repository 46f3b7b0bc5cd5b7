using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// The signed-in person's notifications (/account/notifications): the unread count, the list
/// (newest first), "mark read" per notification and "mark all read"; and the header's link to it.
/// </summary>
public sealed class NotificationsPage(IPage page, NotificationUi ui)
{
    public const string Path = "/account/notifications";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    /// <summary>The header's link, which carries the unread count.</summary>
    public ILocator MenuLink => page.Locator($"header nav a[href='{Path}']");

    /// <summary>The page's own line with the unread count (role=status).</summary>
    public ILocator UnreadStatus => Main.Locator("p[role='status']");

    public ILocator Items => Main.Locator("ol.notification-list > li");

    public ILocator UnreadItems => Main.Locator("ol.notification-list > li.notification--unread");

    public ILocator MarkAllReadButton => Button(ui.MarkAllRead);

    public ILocator UnreadOnly => Main.GetByRole(AriaRole.Checkbox, new LocatorGetByRoleOptions { Name = ui.UnreadOnly, Exact = true });

    public ILocator ShowButton => Button(ui.Show);

    /// <summary>The notifications about the idea with this title.</summary>
    public ILocator About(string ideaTitle) =>
        Items.Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = ideaTitle, Exact = true }) });

    /// <summary>The "mark read" buttons (named after the idea) inside <paramref name="scope"/>.</summary>
    public ILocator MarkReadButtons(ILocator scope, string ideaTitle)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = NotificationUi.Format(ui.MarkReadLabel, ideaTitle), Exact = true });
    }

    public string MenuText(int unread) => unread == 0 ? ui.MenuLink : NotificationUi.Format(ui.MenuLinkUnread, unread);

    /// <summary>Opens the page and, if anything is unread, marks it all read: the count starts at nought.</summary>
    public async Task OpenEmptiedAsync()
    {
        var response = await page.GotoAsync(Path);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, "HTTP status of the notifications page");
        await Expect(Heading).ToHaveTextAsync(ui.Heading);
        if (await MarkAllReadButton.CountAsync() > 0)
        {
            await MarkAllReadButton.ClickAsync();
        }

        await Expect(MenuLink).ToHaveTextAsync(ui.MenuLink);
        await Expect(UnreadStatus).ToHaveTextAsync(NotificationUi.Format(ui.UnreadCount, 0));
    }

    private ILocator Button(string name) => Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });
}

/// <summary>
/// The mail settings' radio groups (Shared/_PreferenceFields.cshtml): one fieldset per kind of
/// notification, one radio per frequency; on the settings page and on the unsubscribe page.
/// </summary>
public sealed class PreferenceFields(ILocator form, NotificationUi ui)
{
    public ILocator Form { get; } = form;

    /// <summary>The fieldset (role=group) named by its legend.</summary>
    public ILocator Group(string legend) =>
        Form.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = legend, Exact = true });

    public ILocator Choice(string legend, string frequency) =>
        Group(legend).GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = frequency, Exact = true });

    public ILocator SaveButton => Form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.SaveSettings, Exact = true });
}

/// <summary>The signed-in settings page (/account/notifications/settings).</summary>
public sealed class NotificationSettingsPage(IPage page, NotificationUi ui)
{
    public const string Path = "/account/notifications/settings";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    public PreferenceFields Fields => new(Main.Locator("form[method='post']"), ui);

    /// <summary>The confirmation after saving (role=status).</summary>
    public ILocator Saved => Main.Locator(".success[role='status']");
}

/// <summary>
/// The page of a mail's unsubscribe link (/unsubscribe/{token}): what the link stops and its button,
/// or (after the click) that it stopped; below, every mail setting, saved with the same token.
/// </summary>
public sealed class UnsubscribePage(IPage page, NotificationUi ui)
{
    private ILocator Main => page.Locator("main#main");

    public static string Path(string token) => "/unsubscribe/" + Uri.EscapeDataString(token);

    public ILocator Heading => Main.Locator("h1");

    public ILocator SettingsHeading => Main.Locator("h2");

    public ILocator UnsubscribeButton => Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.UnsubscribeButton, Exact = true });

    /// <summary>The success messages (role=status): "stopped" after the click, "saved" after the settings form.</summary>
    public ILocator Status => Main.Locator(".success[role='status']");

    public ILocator Error => Main.Locator(".error-summary[role='alert']");

    public ILocator SignInLink => Main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = ui.UnsubscribeSignIn, Exact = true });

    public PreferenceFields Fields => new(Main.Locator("form.narrow"), ui);
}

/// <summary>The platform admin's jobs page (/admin/jobs): one row per trigger, each with a "run now" button.</summary>
public sealed class JobsPage(IPage page, NotificationUi ui)
{
    public const string Path = "/admin/jobs";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    /// <summary>The rows of the triggers' table (the first table; the second lists failures).</summary>
    public ILocator Rows => Main.Locator("table.data-table").First.Locator("tbody > tr");

    public ILocator Done => Main.Locator(".success[role='status']");

    /// <summary>The button of the job with this description (its accessible name names the job).</summary>
    public ILocator RunButton(string description) =>
        Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = NotificationUi.Format(ui.RunNowLabel, description), Exact = true });

    public ILocator Row(string description) =>
        Rows.Filter(new LocatorFilterOptions
        {
            Has = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = NotificationUi.Format(ui.RunNowLabel, description), Exact = true }),
        });

    /// <summary>The job's key, shown under its description.</summary>
    public static ILocator JobKey(ILocator row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Locator("th .hint");
    }

    public static ILocator LastResult(ILocator row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Locator("td").Nth(4);
    }

    /// <summary>
    /// The scheduler registers its jobs in the background shortly after the app starts: reloads
    /// (bounded) until the job's row is there.
    /// </summary>
    public async Task WaitForJobAsync(string description, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (await Row(description).CountAsync() == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The jobs page did not list \"{description}\" in time; rows: "
                    + string.Join(" | ", await Rows.Locator("th").AllInnerTextsAsync()));
            }

            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }
    }
}

/// <summary>A mail log (/admin/mail for platform admins, /{city}/admin/mail for a city's admins) and a mail's page in it.</summary>
public sealed class MailLogPage(IPage page)
{
    private ILocator Main => page.Locator("main#main");

    public static string CityPath(string city) => $"/{city}/admin/mail";

    public const string PlatformPath = "/admin/mail";

    public ILocator Heading => Main.Locator("h1");

    public ILocator Rows => Main.Locator("table.data-table tbody > tr");

    /// <summary>The rows of mail to this address.</summary>
    public ILocator To(string address) =>
        Rows.Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = address, Exact = true }) });

    /// <summary>The subject link of a row, which opens the mail's page.</summary>
    public static ILocator MailLink(ILocator row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Locator("th[scope='row'] a");
    }

    /// <summary>On a mail's page: its plain-text part.</summary>
    public ILocator TextPart => Main.Locator("pre.mail-text").First;
}

/// <summary>The feedback form on a city's accessibility statement (/{city}/accessibility), which mails the city's admins.</summary>
public sealed class AccessibilityFeedbackSection(IPage page, NotificationUi ui)
{
    private ILocator Section => page.Locator("main#main section[aria-labelledby='feedback-heading']");

    public async Task SendAsync(string message)
    {
        await Section.GetByLabel(ui.FeedbackMessage, new LocatorGetByLabelOptions { Exact = true }).FillAsync(message);
        await Section.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = ui.FeedbackSend, Exact = true }).ClickAsync();
        await Expect(Section.Locator(".success[role='status']")).ToHaveTextAsync(ui.FeedbackThanks);
    }
}
