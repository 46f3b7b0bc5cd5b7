namespace CoDesign.Web.Pages.City.Ideas;

public sealed class ResponseForm
{
    public Guid? ResponseId { get; set; }

    public string? Status { get; set; }

    public string? TextFi { get; set; }

    public string? TextSv { get; set; }

    public string? TextEn { get; set; }
}
