namespace CoDesign.Domain.Processes;

/// <summary>A process's title, question and description in Finnish, Swedish and English.</summary>
public sealed record ProcessText(
    string TitleFi, string TitleSv, string TitleEn,
    string QuestionFi, string QuestionSv, string QuestionEn,
    string DescriptionFi, string DescriptionSv, string DescriptionEn);
