using Microsoft.Extensions.Configuration;

namespace Mist.DependencyInjection;

/// <summary>
/// Binds a configuration section onto <see cref="MistClientOptions"/> through the binder's source generator, so it
/// stays AOT-clean. The generator ignores type converters, so <c>Cloud</c> (a name, host or URL) is parsed here.
/// </summary>
internal static class MistOptionsBinder
{
    /// <exception cref="InvalidOperationException">A value does not convert; the message names its key.</exception>
    public static void Bind(IConfiguration section, MistClientOptions options)
    {
        section.Bind(options);
        if (section["Cloud"] is { } text)
        {
            if (!MistCloud.TryParse(text.Trim(), out var cloud, out var error))
            {
                var key = section is IConfigurationSection { Path: var path } ? path + ":Cloud" : "Cloud";
                throw new InvalidOperationException($"Configuration '{key}' is not a Mist cloud: {error}");
            }

            options.Cloud = cloud;
        }
    }
}
