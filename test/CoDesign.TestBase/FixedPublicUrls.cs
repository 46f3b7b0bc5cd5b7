using CoDesign.Application.Notifications;

namespace CoDesign.TestBase;

public sealed class FixedPublicUrls : IPublicUrls
{
    public string Absolute(string pathAndQuery) => "https://codesign.test" + pathAndQuery;
}
