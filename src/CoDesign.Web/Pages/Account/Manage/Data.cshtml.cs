using System.Text.Json;
using CoDesign.Application.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CoDesign.Web.Pages.Account.Manage;

/// <summary>"Download my data": the signed-in person's own data from every city as a JSON file.</summary>
public sealed class ManageDataModel(PersonalDataAppService personalData) : PageModel
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var data = await personalData.ExportAsync(ct);
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(data, Json), "application/json", $"codesign-my-data-{data.ExportedAt:yyyy-MM-dd}.json");
    }
}
