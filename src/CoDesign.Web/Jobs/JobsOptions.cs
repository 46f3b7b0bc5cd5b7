namespace CoDesign.Web.Jobs;

/// <summary>The "Jobs" section: the Quartz scheduler of this node.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Off on a node that should run no jobs (the other nodes of the cluster then do).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The cluster's name; every node of one deployment uses the same.</summary>
    public string SchedulerName { get; set; } = "CoDesign";

    /// <summary>This node's name in the cluster; "AUTO" makes a unique one (host name and a time stamp).</summary>
    public string InstanceId { get; set; } = "AUTO";

    public int ThreadCount { get; set; } = 4;

    /// <summary>How often the outbox is checked for mail that is due.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the city digest triggers are compared with the city settings.</summary>
    public TimeSpan ScheduleSyncInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When the coordinators' weekly summary goes out (Quartz cron, Europe/Helsinki).</summary>
    public string CoordinatorSummaryCron { get; set; } = "0 0 7 ? * MON";

    /// <summary>When old notifications, mail log and job records are deleted (Quartz cron, Europe/Helsinki).</summary>
    public string RetentionCron { get; set; } = "0 30 3 * * ?";

    /// <summary>How often each node checks in; a node silent for longer is presumed dead and its jobs recovered.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
}
