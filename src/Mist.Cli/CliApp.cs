using Mist.Cli.Terminal;

namespace Mist.Cli;

/// <summary>What every command is built with: the terminal and the clock (tests supply their own).</summary>
internal sealed record CliApp(CliConsole Console, TimeProvider Time);
