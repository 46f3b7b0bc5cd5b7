using CoDesign.Browser.Tests.Harness;
using Xunit.Sdk;

namespace CoDesign.Browser.Tests;

/// <summary>The accessibility check must be able to fail, and say why.</summary>
public class HarnessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task AxeAssert_OnPageWithViolations_FailsListingRuleImpactAndNode()
    {
        await OpenAsync(Page, "/");
        await Page.EvaluateAsync("() => { document.documentElement.removeAttribute('lang'); document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/none.png\" id=\"no-alt\">'); }");

        var failure = await Assert.ThrowsAnyAsync<XunitException>(() => AxeAssert.NoViolationsAsync(Page));

        failure.Message.ShouldContain("html-has-lang [serious]");
        failure.Message.ShouldContain("image-alt [critical]");
        failure.Message.ShouldContain("#no-alt");
        failure.Message.ShouldContain("<img src=\"/none.png\" id=\"no-alt\">");
    }
}
