namespace Mist.Cli.Output.Query;

/// <summary>A JMESPath expression that does not parse, or a function called with the wrong arguments.</summary>
internal sealed class JmesException(string message) : Exception(message);
