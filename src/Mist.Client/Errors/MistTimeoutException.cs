namespace Mist;

/// <summary>An attempt or the whole operation took longer than its configured timeout.</summary>
public sealed class MistTimeoutException : MistException
{
    /// <summary>Creates the exception.</summary>
    public MistTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MistTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MistTimeoutException()
    {
    }
}
