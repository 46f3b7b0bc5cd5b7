using CoDesign.Application.Processes;

namespace CoDesign.Web.Pages.City.Admin.Processes;

/// <summary>The admin form's fields for a process (every language), bound from the posted form.</summary>
public sealed class ProcessForm
{
    public string? TitleFi { get; set; }

    public string? TitleSv { get; set; }

    public string? TitleEn { get; set; }

    public string? QuestionFi { get; set; }

    public string? QuestionSv { get; set; }

    public string? QuestionEn { get; set; }

    public string? DescriptionFi { get; set; }

    public string? DescriptionSv { get; set; }

    public string? DescriptionEn { get; set; }

    public Guid? CategoryId { get; set; }

    public string? Districts { get; set; }

    public ProcessInput ToInput() => new(TitleFi, TitleSv, TitleEn, QuestionFi, QuestionSv, QuestionEn, DescriptionFi, DescriptionSv, DescriptionEn, CategoryId, Districts);

    public static ProcessForm From(ProcessInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ProcessForm
        {
            TitleFi = input.TitleFi, TitleSv = input.TitleSv, TitleEn = input.TitleEn,
            QuestionFi = input.QuestionFi, QuestionSv = input.QuestionSv, QuestionEn = input.QuestionEn,
            DescriptionFi = input.DescriptionFi, DescriptionSv = input.DescriptionSv, DescriptionEn = input.DescriptionEn,
            CategoryId = input.CategoryId, Districts = input.Districts,
        };
    }
}
