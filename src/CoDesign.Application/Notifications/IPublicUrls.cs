namespace CoDesign.Application.Notifications;

/// <summary>Absolute addresses for links in mail, which is read outside any request.</summary>
public interface IPublicUrls
{
    string Absolute(string pathAndQuery);
}
