using System.Reflection;
using CoDesign.Application.Permissions;
using CoDesign.Application.Seeding;
using CoDesign.Domain.Errors;
using CoDesign.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoDesign.Application.Tests.Permissions;

public class PermissionCheckerTests : SeededTestBase
{
    private static readonly string[] AllPermissions = typeof(CoDesignPermissions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly string[] CityPermissions = RolePermissions.City.Values.SelectMany(p => p).Distinct().ToArray();

    private Task<bool> IsGrantedAsync(string permission) =>
        Services.RunAsync(sp => sp.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission));

    private async Task<bool> IsGrantedInAsync(string city, string permission)
    {
        var cityId = await CityIdAsync(city);
        using (Services.Tenant.Change(cityId, city))
        {
            return await IsGrantedAsync(permission);
        }
    }

    [Fact]
    public void AllPermissions_AreFound()
    {
        AllPermissions.Length.ShouldBe(18);
        AllPermissions.ShouldContain(CoDesignPermissions.ProcessesManage);
        AllPermissions.ShouldContain(CoDesignPermissions.SettingsManage);
    }

    [Fact]
    public async Task Anonymous_HasNoPermissionAnywhere()
    {
        Services.User.SignOut();

        foreach (var permission in AllPermissions)
        {
            (await IsGrantedAsync(permission)).ShouldBeFalse(permission);
            (await IsGrantedInAsync("helsinki", permission)).ShouldBeFalse(permission);
        }
    }

    [Fact]
    public async Task Resident_CanTakePartButNotManage()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.Resident(1)));

        (await IsGrantedAsync(CoDesignPermissions.IdeasSubmit)).ShouldBeTrue();
        (await IsGrantedInAsync("helsinki", CoDesignPermissions.IdeasSubmit)).ShouldBeTrue();
        (await IsGrantedInAsync("oulu", CoDesignPermissions.IdeasVote)).ShouldBeTrue();
        (await IsGrantedInAsync("helsinki", CoDesignPermissions.SettingsManage)).ShouldBeFalse();
        foreach (var permission in CityPermissions)
        {
            (await IsGrantedInAsync("helsinki", permission)).ShouldBeFalse(permission);
        }

        (await IsGrantedAsync(CoDesignPermissions.PlatformMailView)).ShouldBeFalse();
        (await IsGrantedAsync(CoDesignPermissions.CoordinationView)).ShouldBeFalse();
    }

    [Fact]
    public async Task CityAdmin_ManagesSettingsInOwnCityOnly()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.CityAdmin("helsinki")));

        (await IsGrantedInAsync("helsinki", CoDesignPermissions.SettingsManage)).ShouldBeTrue();
        (await IsGrantedInAsync("helsinki", CoDesignPermissions.RolesAssign)).ShouldBeTrue();
        (await IsGrantedInAsync("espoo", CoDesignPermissions.SettingsManage)).ShouldBeFalse();
        (await IsGrantedInAsync("espoo", CoDesignPermissions.RolesAssign)).ShouldBeFalse();
        (await IsGrantedAsync(CoDesignPermissions.SettingsManage)).ShouldBeFalse();
    }

    [Fact]
    public async Task CityAdmin_InOneScopeAcrossCities_IsNotGrantedByTheCache()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.CityAdmin("helsinki")));
        var helsinki = await CityIdAsync("helsinki");
        var espoo = await CityIdAsync("espoo");

        await using var scope = Services.CreateScope();
        var checker = scope.ServiceProvider.GetRequiredService<IPermissionChecker>();
        using (Services.Tenant.Change(helsinki, "helsinki"))
        {
            (await checker.IsGrantedAsync(CoDesignPermissions.SettingsManage)).ShouldBeTrue();
        }

        using (Services.Tenant.Change(espoo, "espoo"))
        {
            (await checker.IsGrantedAsync(CoDesignPermissions.SettingsManage)).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Moderator_ModeratesButDoesNotManageSettings()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.Moderator("tampere")));

        (await IsGrantedInAsync("tampere", CoDesignPermissions.ModerationManage)).ShouldBeTrue();
        (await IsGrantedInAsync("tampere", CoDesignPermissions.SettingsManage)).ShouldBeFalse();
        (await IsGrantedInAsync("turku", CoDesignPermissions.ModerationManage)).ShouldBeFalse();
    }

    [Fact]
    public async Task Coordinator_ViewsCoordinationButHasNoCityPermission()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.Coordinator), PlatformRoles.Coordinator);

        (await IsGrantedAsync(CoDesignPermissions.CoordinationView)).ShouldBeTrue();
        (await IsGrantedInAsync("helsinki", CoDesignPermissions.CoordinationView)).ShouldBeTrue();
        foreach (var city in new[] { "helsinki", "espoo", "vantaa", "tampere", "turku", "oulu" })
        {
            foreach (var permission in CityPermissions)
            {
                (await IsGrantedInAsync(city, permission)).ShouldBeFalse($"{permission} in {city}");
            }
        }

        (await IsGrantedAsync(CoDesignPermissions.PlatformMailView)).ShouldBeFalse();
    }

    [Fact]
    public async Task PlatformAdmin_WithPlatformRole_ViewsPlatformMail()
    {
        var id = await UserIdAsync(DemoAccounts.PlatformAdmin);
        Services.User.SignIn(id, PlatformRoles.PlatformAdmin);

        (await IsGrantedAsync(CoDesignPermissions.PlatformMailView)).ShouldBeTrue();
        (await IsGrantedAsync(CoDesignPermissions.PlatformCitiesManage)).ShouldBeTrue();
        (await IsGrantedAsync(CoDesignPermissions.CoordinationView)).ShouldBeTrue("platform admins may read the cross-city aggregates");
        (await IsGrantedAsync(CoDesignPermissions.ThemesManage)).ShouldBeFalse();
        (await IsGrantedInAsync("helsinki", CoDesignPermissions.SettingsManage)).ShouldBeFalse();

        Services.User.SignIn(id);
        (await IsGrantedAsync(CoDesignPermissions.PlatformMailView)).ShouldBeFalse();
    }

    [Fact]
    public async Task RevokedCityRole_StopsWorkingInTheNextScope()
    {
        var adminId = await UserIdAsync(DemoAccounts.CityAdmin("vantaa"));
        var vantaa = await CityIdAsync("vantaa");
        Services.User.SignIn(adminId);
        (await IsGrantedInAsync("vantaa", CoDesignPermissions.SettingsManage)).ShouldBeTrue();

        using (Services.Tenant.Change(vantaa, "vantaa"))
        {
            await DbAsync(async db =>
            {
                db.CityRoleAssignments.RemoveRange(await db.CityRoleAssignments.Where(a => a.UserId == adminId).ToListAsync());
                await db.SaveChangesAsync();
            });
        }

        (await IsGrantedInAsync("vantaa", CoDesignPermissions.SettingsManage)).ShouldBeFalse();
    }

    [Fact]
    public async Task Check_WhenAnonymous_ThrowsUnauthenticated()
    {
        Services.User.SignOut();

        var ex = await Should.ThrowAsync<BusinessException>(() =>
            Services.RunAsync(sp => sp.GetRequiredService<IPermissionChecker>().CheckAsync(CoDesignPermissions.IdeasSubmit)));

        ex.Code.ShouldBe(ErrorCodes.Unauthenticated);
        ex.Code.ShouldBe("CoDesign:Unauthenticated");
    }

    [Fact]
    public async Task Check_WhenNotGranted_ThrowsForbidden()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.CityAdmin("helsinki")));
        var espoo = await CityIdAsync("espoo");

        using (Services.Tenant.Change(espoo, "espoo"))
        {
            var ex = await Should.ThrowAsync<BusinessException>(() =>
                Services.RunAsync(sp => sp.GetRequiredService<IPermissionChecker>().CheckAsync(CoDesignPermissions.SettingsManage)));

            ex.Code.ShouldBe(ErrorCodes.Forbidden);
            ex.Code.ShouldBe("CoDesign:Forbidden");
        }
    }

    [Fact]
    public async Task Check_WhenGranted_Passes()
    {
        Services.User.SignIn(await UserIdAsync(DemoAccounts.CityAdmin("helsinki")));
        var helsinki = await CityIdAsync("helsinki");

        using (Services.Tenant.Change(helsinki, "helsinki"))
        {
            await Services.RunAsync(sp => sp.GetRequiredService<IPermissionChecker>().CheckAsync(CoDesignPermissions.SettingsManage));
        }
    }
}
