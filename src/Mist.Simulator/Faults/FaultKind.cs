namespace Mist.Simulator.Faults;

internal enum FaultKind
{
    None,
    ConnectionReset,
    ServerError,
    RateLimited,
}
