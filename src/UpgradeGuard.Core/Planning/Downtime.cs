using NodaTime;
using UpgradeGuard.Core.Manifests;

namespace UpgradeGuard.Core.Planning;

/// <summary>The length of the downtime: the longer of the booked window and the estimate.</summary>
public static class Downtime
{
    public static Duration? Length(ScheduleSection schedule, long? estimateMinutes, out string basis)
    {
        Duration? window = schedule.Window is { IsValid: true } w ? w.Value : (Duration?)null;
        Duration? estimate = estimateMinutes is long m ? Duration.FromMinutes(m) : (Duration?)null;
        if (window is null && estimate is null)
        {
            basis = "";
            return null;
        }
        if (estimate is null || (window != null && window.Value >= estimate.Value))
        {
            basis = "the booked window";
            return window;
        }
        basis = "the estimate";
        return estimate;
    }
}
