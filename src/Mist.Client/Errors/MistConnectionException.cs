namespace Mist;

/// <summary>The Mist cloud could not be reached, or the connection failed before a complete response arrived.</summary>
public sealed class MistConnectionException : MistException
{
    /// <summary>Creates the exception.</summary>
    public MistConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MistConnectionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MistConnectionException()
    {
    }
}
