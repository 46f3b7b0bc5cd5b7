using CoDesign.Domain.MultiTenancy;

namespace CoDesign.Domain.Tests.MultiTenancy;

public class CurrentTenantTests
{
    private static readonly Guid Helsinki = Guid.NewGuid();
    private static readonly Guid Espoo = Guid.NewGuid();

    [Fact]
    public void Change_SetsTheTenantUntilDisposed()
    {
        var tenant = new CurrentTenant();
        var before = tenant.Id;

        using (tenant.Change(Helsinki, "helsinki"))
        {
            tenant.Id.ShouldBe(Helsinki);
            tenant.Slug.ShouldBe("helsinki");
            tenant.IsAvailable.ShouldBeTrue();
        }

        tenant.Id.ShouldBe(before);
    }

    [Fact]
    public void Change_Nested_RestoresEachLevel()
    {
        var tenant = new CurrentTenant();

        using (tenant.Change(Helsinki, "helsinki"))
        {
            using (tenant.Change(Espoo, "espoo"))
            {
                tenant.Id.ShouldBe(Espoo);
                tenant.Slug.ShouldBe("espoo");

                using (tenant.Change(null))
                {
                    tenant.Id.ShouldBeNull();
                    tenant.Slug.ShouldBeNull();
                    tenant.IsAvailable.ShouldBeFalse();
                }

                tenant.Id.ShouldBe(Espoo);
            }

            tenant.Id.ShouldBe(Helsinki);
            tenant.Slug.ShouldBe("helsinki");
        }
    }

    [Fact]
    public void Dispose_Twice_DoesNotUndoALaterChange()
    {
        var tenant = new CurrentTenant();
        using var outer = tenant.Change(Helsinki, "helsinki");
        var inner = tenant.Change(Espoo, "espoo");
        inner.Dispose();

        using (tenant.Change(Espoo, "espoo"))
        {
            inner.Dispose();
            tenant.Id.ShouldBe(Espoo);
        }

        tenant.Id.ShouldBe(Helsinki);
    }

    [Fact]
    public void Instances_ShareTheAmbientTenant()
    {
        var a = new CurrentTenant();
        var b = new CurrentTenant();

        using (a.Change(Helsinki, "helsinki"))
        {
            b.Id.ShouldBe(Helsinki);
        }
    }

    [Fact]
    public async Task Change_InParallelFlows_EachFlowSeesItsOwnTenant()
    {
        var tenant = new CurrentTenant();
        using var outer = tenant.Change(Guid.NewGuid(), "outer");
        var outerId = tenant.Id;
        var bothChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var changed = 0;

        async Task<(Guid? Seen, Guid? After)> FlowAsync(Guid id, string slug)
        {
            await Task.Yield();
            Guid? seen;
            using (tenant.Change(id, slug))
            {
                if (Interlocked.Increment(ref changed) == 2)
                {
                    bothChanged.SetResult();
                }

                // Both flows have switched before either reads.
                await bothChanged.Task.WaitAsync(TimeSpan.FromSeconds(10));
                await Task.Delay(1);
                seen = tenant.Id;
            }

            return (seen, tenant.Id);
        }

        var results = await Task.WhenAll(
            Task.Run(() => FlowAsync(Helsinki, "helsinki")),
            Task.Run(() => FlowAsync(Espoo, "espoo")));

        results[0].Seen.ShouldBe(Helsinki);
        results[1].Seen.ShouldBe(Espoo);
        results[0].After.ShouldBe(outerId);
        results[1].After.ShouldBe(outerId);
        tenant.Id.ShouldBe(outerId);
    }

    [Fact]
    public async Task Change_InsideAnAwaitedCall_DoesNotLeakToTheCaller()
    {
        var tenant = new CurrentTenant();
        using var outer = tenant.Change(Helsinki, "helsinki");

        async Task SwitchWithoutDisposingAsync()
        {
            await Task.Yield();
            tenant.Change(Espoo, "espoo");
            tenant.Id.ShouldBe(Espoo);
        }

        await SwitchWithoutDisposingAsync();

        tenant.Id.ShouldBe(Helsinki);
        tenant.Slug.ShouldBe("helsinki");
    }
}
