using CoDesign.Domain.Errors;
using CoDesign.Domain.Processes;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoDesign.Web.Pages.City.Admin.Processes;

/// <summary>A refused process or phase change as a message beside the field it is about, in the reader's language.</summary>
internal static class ProcessErrors
{
    public static void Add(ModelStateDictionary state, BusinessException ex, PageTexts texts, string prefix)
    {
        var key = ex.Field switch
        {
            null => string.Empty,
            "Phases" => string.Empty,
            nameof(ProcessPhase.StartsAt) => prefix + "StartsOn",
            nameof(ProcessPhase.EndsAt) => prefix + "EndsOn",
            var field => prefix + field,
        };
        var message = ex switch
        {
            { Code: ErrorCodes.Validation, Field: "TitleFi" or "TitleSv" or "TitleEn" } => texts.Format("Processes.Admin.TitleLength", Process.MinTitleLength, Process.MaxTitleLength),
            { Code: ErrorCodes.Validation, Field: "StartsOn" or "EndsOn" } when ex.Message.Contains("needs", StringComparison.Ordinal) => texts["Processes.Admin.DateRequired"],
            { Code: ErrorCodes.Validation, Field: "EndsOn" or nameof(ProcessPhase.EndsAt) } => texts["Processes.Admin.PhaseOrder"],
            _ => texts.Error(ex),
        };
        state.AddModelError(key, message);
    }
}
