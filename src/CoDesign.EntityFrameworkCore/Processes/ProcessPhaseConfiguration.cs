using CoDesign.Domain.Processes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoDesign.EntityFrameworkCore.Processes;

internal sealed class ProcessPhaseConfiguration : IEntityTypeConfiguration<ProcessPhase>
{
    public void Configure(EntityTypeBuilder<ProcessPhase> builder)
    {
        builder.ToTable("ProcessPhases");
        builder.Property(p => p.Id).ValueGeneratedNever();

        // What phase is in force now, across a city's processes (the list's open / upcoming / past).
        builder.HasIndex(p => new { p.TenantId, p.StartsAt, p.EndsAt });
        builder.HasIndex(p => new { p.ProcessId, p.SortOrder });
    }
}
