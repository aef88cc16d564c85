namespace Mist;

/// <summary>The base of every exception the SDK throws for a failed call (argument and cancellation exceptions aside).</summary>
public class MistException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public MistException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public MistException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception.</summary>
    public MistException()
    {
    }
}
