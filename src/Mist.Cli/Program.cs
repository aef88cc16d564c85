using Mist.Cli;
using Mist.Cli.Terminal;

return await MistCli.RunAsync(args, new CliApp(new SystemConsole(), TimeProvider.System)).ConfigureAwait(false);
