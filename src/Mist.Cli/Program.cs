using System.CommandLine;
using Mist.Cli.Commands.Sim;

var root = new RootCommand("Manage Juniper Mist orgs, sites and devices.")
{
    new SimCommand(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
