using CoDesign.Domain.Errors;
using CoDesign.Domain.Workshops;
using CoDesign.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CoDesign.Web.Pages.City.Admin.Workshops;

/// <summary>A refused workshop change as a message beside the field it is about, in the reader's language.</summary>
internal static class WorkshopErrors
{
    public static void Add(ModelStateDictionary state, BusinessException ex, PageTexts texts, string prefix)
    {
        var key = ex.Field switch
        {
            null => string.Empty,
            nameof(Workshop.StartsAt) => prefix + "Date",
            nameof(Workshop.EndsAt) => prefix + "EndTime",
            nameof(Workshop.RegistrationClosesAt) => prefix + "RegistrationClosesOn",
            "Present" or "Ideas" => string.Empty,
            var field => prefix + field,
        };
        var message = ex switch
        {
            { Code: ErrorCodes.Validation, Field: "TitleFi" or "TitleSv" or "TitleEn" } => texts.Format("Processes.Admin.TitleLength", Workshop.MinTitleLength, Workshop.MaxTitleLength),
            { Code: ErrorCodes.Validation, Field: "DescriptionFi" or "DescriptionSv" or "DescriptionEn" } => texts["Workshops.Admin.DescriptionRequired"],
            { Code: ErrorCodes.Validation, Field: "Venue" or "Address" } => texts["Workshops.Admin.PlaceRequired"],
            { Code: ErrorCodes.Validation, Field: "OnlineUrl" } => texts["Workshops.Admin.LinkInvalid"],
            { Code: ErrorCodes.Validation, Field: "Date" } when ex.Message.Contains("future", StringComparison.Ordinal) => texts["Workshops.Admin.InFuture"],
            { Code: ErrorCodes.Validation, Field: "Date" or "StartTime" or "EndTime" or "RegistrationOpensOn" or "RegistrationClosesOn" } when ex.Message.StartsWith("Not a", StringComparison.Ordinal) || ex.Message.Contains("needs", StringComparison.Ordinal) => texts["Workshops.Admin.DateTimeRequired"],
            { Code: ErrorCodes.Validation, Field: "StartTime" or "EndTime" } when ex.Message.Contains("does not exist", StringComparison.Ordinal) => texts["Workshops.Admin.NoSuchTime"],
            { Code: ErrorCodes.Validation, Field: "EndsAt" } => texts["Workshops.Admin.EndAfterStart"],
            { Code: ErrorCodes.Validation, Field: "Capacity" } => texts.Format("Workshops.Admin.CapacityRange", Workshop.MaxCapacity),
            { Code: ErrorCodes.Validation, Field: "Languages" } => texts["Workshops.Admin.LanguagesRequired"],
            { Code: ErrorCodes.Validation, Field: "RegistrationClosesAt" or "RegistrationClosesOn" } => texts["Workshops.Admin.RegistrationWindow"],
            { Code: ErrorCodes.Validation, Field: "Name" } => texts.Format("Workshops.Admin.NameLength", WorkshopRegistration.MaxNameLength),
            { Code: ErrorCodes.Validation, Field: "Email" } => texts["Workshops.Admin.EmailInvalid"],
            { Code: ErrorCodes.Validation, Field: "Phone" } when ex.Message.StartsWith("Give", StringComparison.Ordinal) => texts["Workshops.Admin.ContactRequired"],
            { Code: ErrorCodes.Validation, Field: "Phone" } => texts["Workshops.Admin.PhoneInvalid"],
            { Code: ErrorCodes.Validation, Field: "ConsentNoted" } => texts["Workshops.Admin.ConsentRequired"],
            { Code: ErrorCodes.Validation, Field: "AttendanceCount" } => texts["Workshops.Admin.TotalTooSmall"],
            { Code: ErrorCodes.Validation, Field: "MinutesFi" } => texts["Workshops.Admin.MinutesRequired"],
            _ => texts.Error(ex),
        };
        state.AddModelError(key, message);
    }
}
