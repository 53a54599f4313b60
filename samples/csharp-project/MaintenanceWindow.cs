using System;

namespace DeploymentTools;

/// <summary>A maintenance window as the team's tools pass it around.</summary>
public sealed record MaintenanceWindow(DateTimeOffset Start, TimeSpan Length)
{
    public DateTimeOffset End => Start + Length;

    public bool Contains(DateTimeOffset moment) => moment >= Start && moment < End;
}
