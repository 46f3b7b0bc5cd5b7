using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoDesign.Browser.Tests.PageObjects;

/// <summary>
/// My organisations (/account/organisations), an organisation's page with its members and, for a
/// manager, the invitation form (/account/organisations/{id}), and the page an invitation link
/// opens (/account/organisations/join?token=…).
/// </summary>
public sealed class OrganisationPages(IPage page, Ui ui)
{
    public const string IndexPath = "/account/organisations";

    private ILocator Main => page.Locator("main#main");

    public ILocator Heading => Main.Locator("h1");

    public ILocator OrganisationLink(string name) =>
        Main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    /// <summary>The member table's rows (one per member; the name is the row header).</summary>
    public ILocator Members => Main.Locator("table.data-table tbody tr");

    public ILocator Member(string displayName) =>
        Members.Filter(new LocatorFilterOptions { Has = page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = displayName, Exact = true }) });

    public ILocator InviteEmail => Main.GetByLabel(ui.EmailLabel, new LocatorGetByLabelOptions { Exact = true });

    public ILocator SendInviteButton => Button(ui.SendInvite);

    public ILocator JoinButton => Button(ui.JoinButton);

    public ILocator Success => Main.Locator(".success[role='status']");

    /// <summary>On the list, follows the organisation's link to its page.</summary>
    public async Task OpenOrganisationAsync(string name)
    {
        await Expect(Heading).ToHaveTextAsync(ui.OrganisationsHeading);
        await OrganisationLink(name).ClickAsync();
        await Expect(Heading).ToHaveTextAsync(name);
    }

    /// <summary>As a manager on the organisation's page: sends an invitation to the address.</summary>
    public async Task InviteAsync(string email)
    {
        await InviteEmail.FillAsync(email);
        await SendInviteButton.ClickAsync();
        await Expect(Success).ToHaveTextAsync(ui.InvitedTo(email));
    }

    /// <summary>On the page the invitation link opened: checks whose it is and joins; ends on the organisation's page.</summary>
    public async Task JoinAsync(string name)
    {
        await Expect(Heading).ToHaveTextAsync(ui.JoinHeading);
        await Expect(Main).ToContainTextAsync(name);
        await JoinButton.ClickAsync();
        await Expect(Heading).ToHaveTextAsync(name);
    }

    private ILocator Button(string name) => Main.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = name, Exact = true });
}
